package io.github.tcia4j.common.export;

import io.github.tcia4j.common.internal.ExportCells;
import java.io.IOException;
import java.util.List;

/**
 * Turns rows into the text of one format. Each method appends to a builder, so that a row is
 * either written whole or not at all.
 *
 * @param <T> the row type
 */
abstract class RowEncoder<T> {
  /** The columns to write. */
  protected final List<Column<T>> columns;

  /**
   * Creates the encoder.
   *
   * @param schema the columns
   */
  protected RowEncoder(TableSchema<T> schema) {
    this.columns = schema.columns();
  }

  /**
   * Returns the encoder for a format.
   *
   * @param <T> the row type
   * @param format the format
   * @param schema the columns
   * @return the encoder
   */
  static <T> RowEncoder<T> forFormat(TableFormat format, TableSchema<T> schema) {
    return switch (format) {
      case CSV -> new Csv<>(schema);
      case JSON -> new JsonArray<>(schema);
      case JSONL -> new JsonLines<>(schema);
    };
  }

  /**
   * Appends what comes before the first row.
   *
   * @param out the text so far
   */
  abstract void start(StringBuilder out);

  /**
   * Appends one row.
   *
   * @param out the text so far
   * @param row the row
   * @param index how many rows came before this one
   */
  abstract void row(StringBuilder out, T row, long index);

  /**
   * Appends what comes after the last row.
   *
   * @param out the text so far
   * @param rows how many rows were written
   */
  abstract void end(StringBuilder out, long rows);

  /**
   * Appends a row as one compact JSON object, keys in column order, nulls written.
   *
   * @param out the text so far
   * @param row the row
   */
  protected final void jsonObject(StringBuilder out, T row) {
    out.append('{');
    for (int i = 0; i < columns.size(); i++) {
      Column<T> column = columns.get(i);
      if (i > 0) {
        out.append(',');
      }
      try {
        ExportCells.appendJsonString(column.name(), out);
      } catch (IOException e) {
        throw new IllegalStateException("StringBuilder cannot fail", e);
      }
      out.append(':');
      ExportCells.writeJson(column.extract(row), out);
    }
    out.append('}');
  }

  /** RFC 4180 CSV with a header line and {@code \n} line ends. */
  static final class Csv<T> extends RowEncoder<T> {
    Csv(TableSchema<T> schema) {
      super(schema);
    }

    @Override
    void start(StringBuilder out) {
      if (columns.isEmpty()) {
        return;
      }
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        CsvField.append(columns.get(i).name(), out);
      }
      out.append('\n');
    }

    @Override
    void row(StringBuilder out, T row, long index) {
      if (columns.size() == 1) {
        String text = ExportCells.csvText(columns.get(0).extract(row));
        // a lone empty field is written as "" so that the line is not read as a blank line
        out.append(text.isEmpty() ? "\"\"" : "");
        CsvField.append(text, out);
        out.append('\n');
        return;
      }
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        CsvField.append(ExportCells.csvText(columns.get(i).extract(row)), out);
      }
      out.append('\n');
    }

    @Override
    void end(StringBuilder out, long rows) {
      // CSV has no footer: every line, including the last, already ends with \n
    }
  }

  /** One JSON array; the closing bracket is written by {@link #end}. */
  static final class JsonArray<T> extends RowEncoder<T> {
    JsonArray(TableSchema<T> schema) {
      super(schema);
    }

    @Override
    void start(StringBuilder out) {
      out.append('[');
    }

    @Override
    void row(StringBuilder out, T row, long index) {
      if (index > 0) {
        out.append(',');
      }
      jsonObject(out, row);
    }

    @Override
    void end(StringBuilder out, long rows) {
      out.append("]\n");
    }
  }

  /** JSON Lines: one object per line. */
  static final class JsonLines<T> extends RowEncoder<T> {
    JsonLines(TableSchema<T> schema) {
      super(schema);
    }

    @Override
    void start(StringBuilder out) {
      // no header
    }

    @Override
    void row(StringBuilder out, T row, long index) {
      jsonObject(out, row);
      out.append('\n');
    }

    @Override
    void end(StringBuilder out, long rows) {
      // no footer
    }
  }
}
