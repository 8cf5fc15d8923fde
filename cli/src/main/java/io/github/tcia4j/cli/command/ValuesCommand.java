package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia values --of modality|body-part|manufacturer|collection}: the distinct values of a
 * series attribute ({@code tcia_utils} {@code getModality}, {@code getBodyPart},
 * {@code getManufacturer}, {@code getCollections}).
 */
@Command(name = "values", mixinStandardHelpOptions = true,
    header = "List the distinct modalities, body parts, manufacturers or collections.",
    description = {"List the distinct modalities, body parts, manufacturers or collections of an NBIA server",
        "(tcia_utils getModality, getBodyPart, getManufacturer, getCollections).",
        "Filters: modality takes --collection and --body-part; body-part takes --collection and --modality;",
        "manufacturer takes --collection, --modality and --body-part; collection takes none."})
public final class ValuesCommand implements Callable<Integer> {
  @Option(names = "--of", required = true, paramLabel = "KIND", converter = ValueKind.Converter.class,
      description = "What to list: modality, body-part, manufacturer or collection.")
  ValueKind kind;

  @Mixin FilterOptions filters;
  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (kind == ValueKind.COLLECTION && !filters.given().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "values --of collection takes no filter, but "
          + String.join(", ", filters.given()) + " was given");
    }
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      switch (kind) {
        case COLLECTION -> Printing.records(spec, nbia.getCollections(), CollectionValue.class, output);
        case MODALITY -> Printing.records(spec, nbia.getModality(filters.query()), ModalityValue.class, output);
        case BODY_PART -> Printing.records(spec, nbia.getBodyPart(filters.query()), BodyPartValue.class, output);
        case MANUFACTURER -> Printing.records(spec, nbia.getManufacturer(filters.query()), ManufacturerValue.class,
            output);
      }
    }
    return 0;
  }
}
