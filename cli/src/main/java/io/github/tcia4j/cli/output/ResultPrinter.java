package io.github.tcia4j.cli.output;

import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.export.TableWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.tcia4j.cli.options.OutputOptions;

/**
 * Prints query results in the format the user chose, to the terminal or to a file. Export formats
 * stream row by row; files are replaced atomically, so a failed run never leaves a half file.
 */
public final class ResultPrinter {
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * Creates a printer.
   *
   * @param out standard output
   * @param err standard error, for the "wrote N rows" note
   */
  public ResultPrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Prints rows.
   *
   * @param rows the rows
   * @param schema the columns (names are the {@code tcia_utils} column names)
   * @param options the format and output file
   * @param <T> the row type
   */
  public <T> void print(List<? extends T> rows, TableSchema<T> schema, OutputOptions options) {
    Path file = options.output();
    TableFormat export = options.format().exportFormat().orElse(null);
    if (export == null) {
      List<Map<String, Object>> maps = new ArrayList<>(rows.size());
      for (T row : rows) {
        maps.add(schema.toMap(row));
      }
      if (file == null) {
        TextTable.print(schema.names(), maps, out);
      } else {
        StringWriter text = new StringWriter();
        TextTable.print(schema.names(), maps, new PrintWriter(text));
        AtomicFiles.writeString(file, text.toString(), "table");
        note(rows.size(), file);
      }
      return;
    }
    if (file == null) {
      try (TableWriter<T> writer = TableWriter.open(export, schema, out)) {
        writer.writeAll(rows);
      }
      out.flush();
    } else {
      try (TableWriter<T> writer = TableWriter.open(export, schema, file)) {
        writer.writeAll(rows);
      }
      note(rows.size(), file);
    }
  }

  private void note(int count, Path file) {
    err.println("Wrote " + count + (count == 1 ? " row" : " rows") + " to " + file);
    err.flush();
  }

}
