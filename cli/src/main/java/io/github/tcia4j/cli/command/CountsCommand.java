package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.BodyPartCount;
import io.github.tcia4j.nbia.model.CollectionCount;
import io.github.tcia4j.nbia.model.ManufacturerCount;
import io.github.tcia4j.nbia.model.ModalityCount;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia counts --of collection|modality|body-part|manufacturer}: counts per value
 * ({@code tcia_utils} {@code getCollectionPatientCounts}, {@code getModalityCounts},
 * {@code getBodyPartCounts}, {@code getManufacturerCounts}). Not available with {@code --api V1}.
 */
@Command(name = "counts", mixinStandardHelpOptions = true,
    header = "Count patients per collection, modality, body part or manufacturer.",
    description = {"Count patients per collection, or per modality, body part or manufacturer",
        "(tcia_utils getCollectionPatientCounts, getModalityCounts, getBodyPartCounts, getManufacturerCounts).",
        "Filters as for 'tcia values'. Needs --api V4 (default) or V2."})
public final class CountsCommand implements Callable<Integer> {
  @Option(names = "--of", required = true, paramLabel = "KIND", converter = ValueKind.Converter.class,
      description = "What to count by: collection, modality, body-part or manufacturer.")
  ValueKind kind;

  @Mixin FilterOptions filters;
  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (kind == ValueKind.COLLECTION && !filters.given().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "counts --of collection takes no filter, but "
          + String.join(", ", filters.given()) + " was given");
    }
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      switch (kind) {
        case COLLECTION -> Printing.records(spec, nbia.getCollectionPatientCounts(), CollectionCount.class, output);
        case MODALITY -> Printing.records(spec, nbia.getModalityCounts(filters.query()), ModalityCount.class, output);
        case BODY_PART -> Printing.records(spec, nbia.getBodyPartCounts(filters.query()), BodyPartCount.class, output);
        case MANUFACTURER -> Printing.records(spec, nbia.getManufacturerCounts(filters.query()),
            ManufacturerCount.class, output);
      }
    }
    return 0;
  }
}
