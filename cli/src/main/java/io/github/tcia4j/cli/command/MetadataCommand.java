package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.nbia.download.SeriesUidFiles;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tcia metadata UID...}: full series metadata for many series ({@code tcia_utils getSeriesList}). */
@Command(name = "metadata", mixinStandardHelpOptions = true,
    header = "Show the full metadata of series (getSeriesList).",
    description = {"Show the full metadata (patient, study and series columns) of series (tcia_utils getSeriesList).",
        "UIDs come from the arguments and/or --from FILE (read as 'tcia download --from' reads it: a CSV or JSON",
        "export with a SeriesInstanceUID column, JSON Lines, a .tcia manifest, or one UID per line).",
        "Large lists are sent in chunks of 10,000."})
public final class MetadataCommand implements Callable<Integer> {
  @Parameters(paramLabel = "UID", arity = "0..*", description = "Series Instance UIDs.")
  List<String> uids = new ArrayList<>();

  @Option(names = "--from", paramLabel = "FILE", description = {"Read Series Instance UIDs from FILE: CSV or JSON with a",
      "SeriesInstanceUID column, JSON Lines, a .tcia manifest, or one UID per line."})
  Path from;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(uids);
    if (from != null) {
      all.addAll(read(from));
    }
    if (all.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give Series Instance UIDs as arguments or with --from FILE");
    }
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getSeriesList(all), SeriesMetadata.class, output);
    }
    return 0;
  }

  private List<String> read(Path file) {
    try {
      return SeriesUidFiles.read(file);
    } catch (IllegalArgumentException | TciaException e) {
      throw new ParameterException(spec.commandLine(), "--from: " + e.getMessage(), e, null, file.toString());
    }
  }

}
