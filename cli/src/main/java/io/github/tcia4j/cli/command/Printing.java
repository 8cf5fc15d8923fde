package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.options.OutputOptions;
import io.github.tcia4j.cli.output.ResultPrinter;
import io.github.tcia4j.common.export.TableSchema;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Prints query results of the query commands with the record's columns plus any extra ones. */
final class Printing {
  private Printing() {}

  /**
   * Prints records: one column per record component (named as in {@code tcia_utils}), then one
   * per field the server sent that the record does not know.
   *
   * @param spec the command, for its output streams
   * @param rows the records
   * @param type the record type
   * @param output the format and file options
   * @param <T> the record type
   */
  static <T extends Record> void records(CommandSpec spec, List<T> rows, Class<T> type, OutputOptions output) {
    print(spec, rows, TableSchema.ofRecordWithExtras(type, rows), output);
  }

  /**
   * Prints rows with an explicit schema.
   *
   * @param spec the command
   * @param rows the rows
   * @param schema the columns
   * @param output the format and file options
   * @param <T> the row type
   */
  static <T> void print(CommandSpec spec, List<T> rows, TableSchema<T> schema, OutputOptions output) {
    new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr()).print(rows, schema, output);
  }
}
