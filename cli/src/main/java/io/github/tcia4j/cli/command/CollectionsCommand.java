package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.model.CollectionValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tcia collections}: the collection names of an NBIA server ({@code getCollections}). */
@Command(name = "collections", mixinStandardHelpOptions = true,
    description = "List the collections of an NBIA server (tcia_utils getCollections).")
public final class CollectionsCommand implements Callable<Integer> {
  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getCollections(), CollectionValue.class, output);
    }
    return 0;
  }
}
