package io.github.tcia4j.common.export;

import io.github.tcia4j.common.error.TciaException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a whole table in one call: rows from a list or a stream, in CSV, JSON or JSON Lines,
 * to a file or a stream. Rows are written one at a time, so a lazily generated stream of
 * millions of rows is never held in memory.
 *
 * <pre>{@code
 * Export.write(series, Series.class, TableFormat.CSV, Path.of("series.csv"));
 * Export.write(rows, TableSchema.forMaps("PatientID", "Modality"), TableFormat.JSONL, System.out);
 * }</pre>
 *
 * <p>A file is written to a temporary file in the same folder and moved into place only when
 * complete (see {@link TableWriter}); when anything fails, the temporary file is removed and an
 * existing file keeps its content. Streams are flushed, never closed.
 */
public final class Export {
  private Export() {}

  /**
   * Writes rows to a file.
   *
   * @param <T> the row type
   * @param rows the rows, in order
   * @param schema the columns
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static <T> long write(Iterable<? extends T> rows, TableSchema<T> schema,
      TableFormat format, Path target) {
    Objects.requireNonNull(rows, "rows");
    return fill(TableWriter.open(format, schema, target), rows.iterator());
  }

  /**
   * Writes rows from a stream to a file. The stream is consumed but not closed.
   *
   * @param <T> the row type
   * @param rows the rows, in encounter order
   * @param schema the columns
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static <T> long write(Stream<? extends T> rows, TableSchema<T> schema,
      TableFormat format, Path target) {
    return write(once(rows), schema, format, target);
  }

  /**
   * Writes rows to a stream, which is flushed but not closed.
   *
   * @param <T> the row type
   * @param rows the rows, in order
   * @param schema the columns
   * @param format the format
   * @param out the stream (UTF-8 text is written)
   * @return the number of rows written
   * @throws TciaException if writing fails
   */
  public static <T> long write(Iterable<? extends T> rows, TableSchema<T> schema,
      TableFormat format, OutputStream out) {
    Objects.requireNonNull(rows, "rows");
    return fill(TableWriter.open(format, schema, out), rows.iterator());
  }

  /**
   * Writes rows from a stream of rows to an output stream, which is flushed but not closed. The
   * row stream is consumed but not closed.
   *
   * @param <T> the row type
   * @param rows the rows, in encounter order
   * @param schema the columns
   * @param format the format
   * @param out the stream (UTF-8 text is written)
   * @return the number of rows written
   * @throws TciaException if writing fails
   */
  public static <T> long write(Stream<? extends T> rows, TableSchema<T> schema,
      TableFormat format, OutputStream out) {
    return write(once(rows), schema, format, out);
  }

  /**
   * Writes records to a file, with the columns of the record class
   * ({@link TableSchema#ofRecord(Class)}). When {@code rows} is a {@link Collection} (already in
   * memory), the keys of the records' extra fields follow as further columns
   * ({@link TableSchema#ofRecordWithExtras(Class, Iterable)}), so nothing the server sent is lost;
   * any other {@code Iterable} (possibly lazy, such as a pager) is read only once, with the record's
   * own columns.
   *
   * @param <R> the record type
   * @param rows the records, in order
   * @param type the record class, which defines the columns even when there are no rows
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static <R extends Record> long write(Iterable<? extends R> rows, Class<R> type,
      TableFormat format, Path target) {
    return write(rows, columnsOf(type, rows), format, target);
  }

  /**
   * Writes records from a stream to a file, with the columns of the record class.
   *
   * @param <R> the record type
   * @param rows the records, in encounter order; consumed but not closed
   * @param type the record class
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static <R extends Record> long write(Stream<? extends R> rows, Class<R> type,
      TableFormat format, Path target) {
    return write(rows, TableSchema.ofRecord(type), format, target);
  }

  /**
   * Writes records to a stream, with the columns of the record class, followed by the keys of the
   * extra fields when {@code rows} is a {@link Collection} (see
   * {@link #write(Iterable, Class, TableFormat, Path)}).
   *
   * @param <R> the record type
   * @param rows the records, in order
   * @param type the record class
   * @param format the format
   * @param out the stream, flushed but not closed
   * @return the number of rows written
   * @throws TciaException if writing fails
   */
  public static <R extends Record> long write(Iterable<? extends R> rows, Class<R> type,
      TableFormat format, OutputStream out) {
    return write(rows, columnsOf(type, rows), format, out);
  }

  /**
   * Writes records from a stream to an output stream, with the columns of the record class.
   *
   * @param <R> the record type
   * @param rows the records, in encounter order; consumed but not closed
   * @param type the record class
   * @param format the format
   * @param out the stream, flushed but not closed
   * @return the number of rows written
   * @throws TciaException if writing fails
   */
  public static <R extends Record> long write(Stream<? extends R> rows, Class<R> type,
      TableFormat format, OutputStream out) {
    return write(rows, TableSchema.ofRecord(type), format, out);
  }

  /**
   * Writes {@code Map} rows to a file; the columns are the keys of the first row, in its order
   * ({@link TableSchema#forMapsLike(Map)}). Use {@link #write(Iterable, TableSchema, TableFormat,
   * Path)} with {@link TableSchema#forMaps(List)} to choose the columns. With no rows the table
   * has no columns: an empty CSV file, {@code []} or an empty JSON Lines file.
   *
   * @param rows the rows, in order
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static long writeMaps(Iterable<? extends Map<String, ?>> rows, TableFormat format,
      Path target) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(target, "target");
    return fillMaps(rows.iterator(), schema -> TableWriter.open(format, schema, target));
  }

  /**
   * Writes {@code Map} rows to a stream; the columns are the keys of the first row, in its order.
   *
   * @param rows the rows, in order
   * @param format the format
   * @param out the stream, flushed but not closed
   * @return the number of rows written
   * @throws TciaException if writing fails
   */
  public static long writeMaps(Iterable<? extends Map<String, ?>> rows, TableFormat format,
      OutputStream out) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(out, "out");
    return fillMaps(rows.iterator(), schema -> TableWriter.open(format, schema, out));
  }

  /**
   * Writes {@code Map} rows from a stream to a file; the columns are the keys of the first row.
   *
   * @param rows the rows, in encounter order; consumed but not closed
   * @param format the format
   * @param target the file to create or replace
   * @return the number of rows written
   * @throws TciaException if writing fails; the target is then unchanged
   */
  public static long writeMaps(Stream<? extends Map<String, ?>> rows, TableFormat format,
      Path target) {
    return writeMaps(once(rows), format, target);
  }

  /**
   * Returns a table as text, for small results (tests, console output).
   *
   * @param <T> the row type
   * @param rows the rows, in order
   * @param schema the columns
   * @param format the format
   * @return the whole table text
   */
  public static <T> String toText(Iterable<? extends T> rows, TableSchema<T> schema,
      TableFormat format) {
    Objects.requireNonNull(rows, "rows");
    StringWriter text = new StringWriter();
    fill(TableWriter.open(format, schema, text), rows.iterator());
    return text.toString();
  }

  /** Views a stream as an iterable that can be iterated once. */
  /** The record's columns, plus the extra-field keys when the rows can be read twice (in memory). */
  private static <R extends Record> TableSchema<R> columnsOf(Class<R> type, Iterable<? extends R> rows) {
    return rows instanceof Collection<?> ? TableSchema.ofRecordWithExtras(type, rows) : TableSchema.ofRecord(type);
  }

  private static <T> Iterable<T> once(Stream<T> rows) {
    Objects.requireNonNull(rows, "rows");
    return rows::iterator;
  }

  private static <T> long fill(TableWriter<T> writer, Iterator<? extends T> rows) {
    try {
      while (rows.hasNext()) {
        writer.write(rows.next());
      }
      writer.close();
      return writer.rowCount();
    } catch (RuntimeException | Error e) {
      writer.abort();
      throw e;
    }
  }

  private static long fillMaps(Iterator<? extends Map<String, ?>> rows,
      Function<TableSchema<Map<String, ?>>, TableWriter<Map<String, ?>>> open) {
    if (!rows.hasNext()) {
      return fill(open.apply(TableSchema.forMaps(List.of())), rows);
    }
    Map<String, ?> first = rows.next();
    Objects.requireNonNull(first, "row 0 is null; tables cannot hold null rows");
    TableWriter<Map<String, ?>> writer = open.apply(TableSchema.forMapsLike(first));
    Iterator<Map<String, ?>> all = new Iterator<>() {
      private boolean firstPending = true;

      @Override
      public boolean hasNext() {
        return firstPending || rows.hasNext();
      }

      @Override
      public Map<String, ?> next() {
        if (firstPending) {
          firstPending = false;
          return first;
        }
        return rows.next();
      }
    };
    return fill(writer, all);
  }
}
