package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.model.CartSeries;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tcia cart NAME}: the series of a shared cart ({@code tcia_utils getSharedCart});
 * {@code tcia cart create} makes one ({@link CartCreateCommand}).
 */
@Command(name = "cart", mixinStandardHelpOptions = true,
    header = "List the series of a shared cart (getSharedCart), or create one (cart create).",
    description = {"List the series of a shared cart (tcia_utils getSharedCart), e.g. nbia-49121659384603347.",
        "'tcia cart create' makes a new shared cart (makeSharedCart); see 'tcia cart create --help'."},
    subcommands = CartCreateCommand.class)
public final class CartCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
      description = "The cart name (from a ?saved-cart= link).")
  String name;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (name == null) {
      throw new ParameterException(spec.commandLine(),
          "Give the NAME of the cart to list (e.g. tcia cart nbia-49121659384603347), or 'tcia cart create' to make one");
    }
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getSharedCart(name), CartSeries.class, output);
    }
    return 0;
  }
}
