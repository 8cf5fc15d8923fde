package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.model.DoiItem;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tcia doi DOI}: the collections or series published under a DOI ({@code getDoiMetadata}). */
@Command(name = "doi", mixinStandardHelpOptions = true,
    header = "List the collections or series published under a DOI (getDoiMetadata).",
    description = {"List the collections (or with --series the series) published under a DOI (tcia_utils",
        "getDoiMetadata). The DOI may be 10.7937/..., doi:10.7937/... or https://doi.org/10.7937/...",
        "Needs --api V4 (default) or V2."})
public final class DoiCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DOI", description = "The DOI.")
  String doi;

  @Option(names = "--series", description = "One row per series instead of one per collection.")
  boolean series;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getDoiMetadata(doi, series ? DoiOutput.SERIES : DoiOutput.COLLECTIONS),
          DoiItem.class, output);
    }
    return 0;
  }
}
