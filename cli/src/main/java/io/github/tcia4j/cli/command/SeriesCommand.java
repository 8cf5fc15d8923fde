package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.model.Series;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcia series}: the series matching filters ({@code tcia_utils getSeries}), or with
 * {@code --since} the series released since a date ({@code getUpdatedSeries}).
 */
@Command(name = "series", mixinStandardHelpOptions = true,
    header = "List series (getSeries, getUpdatedSeries).",
    description = {"List series (tcia_utils getSeries) matching the filters, or with --since the series released",
        "since a date (getUpdatedSeries). Without any filter, pass --all: it lists every series on the server."})
public final class SeriesCommand implements Callable<Integer> {
  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Only this collection.")
  String collection;

  @Option(names = "--patient", converter = NonBlank.class, paramLabel = "ID", description = "Only this patient (PatientID).")
  String patient;

  @Option(names = "--study", converter = NonBlank.class, paramLabel = "UID", description = "Only this study (StudyInstanceUID).")
  String study;

  @Option(names = "--series", converter = NonBlank.class, paramLabel = "UID", description = "Only this series (SeriesInstanceUID).")
  String series;

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MODALITY", description = "Only this modality, e.g. CT.")
  String modality;

  @Option(names = "--body-part", converter = NonBlank.class, paramLabel = "PART", description = "Only this body part examined, e.g. CHEST.")
  String bodyPart;

  @Option(names = "--manufacturer", converter = NonBlank.class, paramLabel = "NAME", description = "Only this equipment manufacturer.")
  String manufacturer;

  @Option(names = "--model", converter = NonBlank.class, paramLabel = "NAME", description = "Only this equipment model (ManufacturerModelName).")
  String model;

  @Option(names = "--since", paramLabel = "DATE",
      description = "List the series released since DATE (YYYY/MM/DD or YYYY-MM-DD) instead; takes no other filter.")
  String since;

  @Option(names = "--all", description = "Allow a query without any filter (every series on the server).")
  boolean all;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SeriesQuery query = SeriesQuery.collection(collection).withPatientId(patient).withStudyUid(study)
        .withSeriesUid(series).withModality(modality).withBodyPart(bodyPart).withManufacturer(manufacturer)
        .withManufacturerModel(model);
    boolean updated = since != null && !since.isBlank();
    if (updated && !query.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--since lists every series released since a date and takes"
          + " no other filter (tcia_utils getUpdatedSeries); drop the filters or --since");
    }
    if (!updated && query.isEmpty() && !all) {
      throw new ParameterException(spec.commandLine(), "Give at least one filter (e.g. --collection NAME), or --all"
          + " to list every series on the server");
    }
    try (ServerOptions.Connection connection = server.open()) {
      List<Series> rows = updated ? connection.nbia().getUpdatedSeries(since) : connection.nbia().getSeries(query);
      Printing.records(spec, rows, Series.class, output);
    }
    return 0;
  }
}
