package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.nbia.model.DicomTag;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tcia tags UID}: the DICOM header of a series' first image ({@code getDicomTags}); with
 * {@code --referenced}, the series a SEG or RTSTRUCT refers to ({@code getSegRefSeries}).
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
    header = "Show a series' DICOM tags or the series it refers to (getDicomTags, getSegRefSeries).",
    description = {"Show the DICOM tags of a series' first image (tcia_utils getDicomTags); with --referenced,",
        "the series a SEG or RTSTRUCT series refers to (getSegRefSeries). Needs --api V4 (default) or V2."})
public final class TagsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "UID", description = "The Series Instance UID.")
  String seriesUid;

  @Option(names = "--referenced",
      description = "Print the referenced Series Instance UIDs (column ReferencedSeriesInstanceUID) instead.")
  boolean referenced;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ServerOptions.Connection connection = server.open()) {
      if (referenced) {
        Printing.print(spec, connection.nbia().getSegRefSeries(seriesUid),
            TableSchema.<String>builder().column("ReferencedSeriesInstanceUID", uid -> uid).build(), output);
      } else {
        Printing.records(spec, connection.nbia().getDicomTags(seriesUid), DicomTag.class, output);
      }
    }
    return 0;
  }
}
