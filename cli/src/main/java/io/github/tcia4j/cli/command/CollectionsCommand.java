package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.CollectionValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia collections}: the collection names of an NBIA server ({@code getCollections}), or
 * with {@code --descriptions} their descriptions ({@code getCollectionDescriptions}).
 */
@Command(name = "collections", mixinStandardHelpOptions = true,
    header = "List the collections, or their descriptions (getCollections, getCollectionDescriptions).",
    description = {"List the collections of an NBIA server (tcia_utils getCollections), or with --descriptions"
        + " one row per collection with its description, id and DOI (getCollectionDescriptions).",
        "Descriptions are HTML as the server sends them; --plain-text strips the tags and transliterates to"
        + " ASCII, as getCollectionDescriptions(removeHtml=\"yes\") does. Descriptions need --api V4 (default)"
        + " or V2."})
public final class CollectionsCommand implements Callable<Integer> {
  @Option(names = "--descriptions",
      description = "List the collection descriptions (columns description, id, collectionName, descriptionURI).")
  boolean descriptions;

  @Option(names = "--plain-text", description = "With --descriptions: strip the HTML to plain ASCII text.")
  boolean plainText;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (plainText && !descriptions) {
      throw new ParameterException(spec.commandLine(),
          "--plain-text applies to descriptions only; add --descriptions or drop --plain-text");
    }
    try (ServerOptions.Connection connection = server.open()) {
      if (descriptions) {
        Printing.records(spec, connection.nbia().getCollectionDescriptions(plainText), CollectionDescription.class,
            output);
      } else {
        Printing.records(spec, connection.nbia().getCollections(), CollectionValue.class, output);
      }
    }
    return 0;
  }
}
