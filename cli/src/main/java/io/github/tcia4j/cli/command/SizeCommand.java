package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.common.export.Column;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.SeriesSize;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tcia size UID...}: the total size and file count of series ({@code tcia_utils}
 * {@code getSeriesSize}), one row per series the server knows.
 */
@Command(name = "size", mixinStandardHelpOptions = true,
    header = "Show the total size and image count of series (getSeriesSize).",
    description = {"Show the total size in bytes and the number of files of each series (tcia_utils"
        + " getSeriesSize), one row per series the server knows, with the column SeriesInstanceUID first."
        + " Series the server does not know are named on standard error.",
        "The server computes sizes slowly; the FileSize and ImageCount columns of 'tcia series' hold the same"
        + " figures."})
public final class SizeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "UID", arity = "1..*", description = "Series Instance UIDs.")
  List<String> uids = new ArrayList<>();

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  /** One series and its size. */
  private record Row(String seriesInstanceUid, SeriesSize size) {}

  @Override
  public Integer call() {
    List<Row> rows = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    try (ServerOptions.Connection connection = server.open()) {
      NbiaClient nbia = connection.nbia();
      for (String uid : new LinkedHashSet<>(uids)) {
        nbia.getSeriesSize(uid).ifPresentOrElse(s -> rows.add(new Row(uid, s)), () -> unknown.add(uid));
      }
    }
    TableSchema<SeriesSize> sizes = TableSchema.ofRecordWithExtras(SeriesSize.class,
        rows.stream().map(Row::size).toList());
    List<Column<Row>> columns = new ArrayList<>();
    columns.add(Column.of("SeriesInstanceUID", Row::seriesInstanceUid));
    for (Column<SeriesSize> c : sizes.columns()) {
      columns.add(Column.of(c.name(), r -> c.extract(r.size())));
    }
    Printing.print(spec, rows, TableSchema.of(columns), output);
    if (!unknown.isEmpty()) {
      spec.commandLine().getErr().println("tcia: the server does not know " + unknown.size() + " of the "
          + (rows.size() + unknown.size()) + " series (no row): " + String.join(", ", unknown));
      spec.commandLine().getErr().flush();
    }
    return 0;
  }
}
