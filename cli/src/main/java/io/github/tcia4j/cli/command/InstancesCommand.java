package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tcia instances UID}: the SOP Instance UIDs of a series ({@code tcia_utils getSopInstanceUids}). */
@Command(name = "instances", mixinStandardHelpOptions = true,
    header = "List the SOP Instance UIDs of a series (getSopInstanceUids).",
    description = "List the SOP Instance UIDs of a series (tcia_utils getSopInstanceUids), column SOPInstanceUID,"
        + " in the server's order (not sorted). A series the server does not know gives no rows.")
public final class InstancesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "UID", description = "The Series Instance UID.")
  String seriesUid;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ServerOptions.Connection connection = server.open()) {
      Printing.records(spec, connection.nbia().getSopInstanceUids(seriesUid), SopInstanceValue.class, output);
    }
    return 0;
  }
}
