package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.SharedCartRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia cart create}: makes shared carts in the NBIA portal ({@code tcia_utils}
 * {@code makeSharedCart}) and prints their names and portal links. Needs {@code --api V2}.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
    header = "Create a shared cart of series (makeSharedCart).",
    description = {"Create a shared cart of series in the NBIA portal (tcia_utils makeSharedCart) and print its"
        + " name and link (columns CartName, CartURL). Each --chunk-size series become one cart, named NAME-part1,"
        + " NAME-part2, ... when there are several.",
        "Needs --api V2 and a login (--credentials FILE; the guest account otherwise): carts belong to a user."
        + " A refused cart (duplicate name, a series the user may not see) stops the command with exit code 1;"
        + " the message lists the carts already made."})
public final class CartCreateCommand implements Callable<Integer> {
  @Option(names = "--series", converter = NonBlank.class, paramLabel = "UID", arity = "1..*", required = true,
      description = "The Series Instance UIDs (several after one --series, or --series repeated).")
  List<String> series = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME",
      description = "The cart name (default: a random nbia-<digits> name, as tcia_utils makes).")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", defaultValue = "",
      description = "A description shown in the portal.")
  String description;

  @Option(names = "--url", paramLabel = "URL", defaultValue = "",
      description = "A URL describing the cart (tcia_utils description_url).")
  String url;

  @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "" + SharedCartRequest.DEFAULT_CHUNK_SIZE,
      description = "Series per cart (default: ${DEFAULT-VALUE}, as tcia_utils chunk_size).")
  int chunkSize;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  /** A created cart: its name and portal link. */
  private record Cart(String name, String url) {}

  @Override
  public Integer call() {
    if (server.api() != ApiVersion.V2) {
      throw new ParameterException(spec.commandLine(), "cart create needs --api V2 (the NBIA creates shared carts"
          + " only for a logged-in user, through the token-protected createSharedList); add --api V2 and"
          + " --credentials FILE (without it, the guest account)");
    }
    SharedCartRequest request = SharedCartRequest.of(series).withDescription(description).withDescriptionUrl(url)
        .withChunkSize(chunkSize);
    if (name != null) {
      request = request.withName(name);
    }
    List<Cart> carts = new ArrayList<>();
    try (ServerOptions.Connection connection = server.open()) {
      for (String link : connection.nbia().makeSharedCart(request)) {
        carts.add(new Cart(nameOf(link), link));
      }
    }
    Printing.print(spec, carts, TableSchema.<Cart>builder().column("CartName", Cart::name)
        .column("CartURL", Cart::url).build(), output);
    return 0;
  }

  private static String nameOf(String link) {
    String key = "saved-cart=";
    int at = link.lastIndexOf(key);
    return at < 0 ? link : URLDecoder.decode(link.substring(at + key.length()), StandardCharsets.UTF_8);
  }
}
