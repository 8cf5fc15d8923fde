package io.github.tcia4j.common.export;

import io.github.tcia4j.common.error.TciaException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes rows one at a time as CSV, JSON or JSON Lines, without holding them: memory use does
 * not grow with the number of rows.
 *
 * <p>Targets:
 * <ul>
 *   <li>an {@code OutputStream} or {@code Writer}: owned by the caller; {@link #close()} writes
 *       the end of the table and flushes, but does not close it;
 *   <li>a {@code Path}: rows go to a hidden temporary file in the same folder ({@code
 *       .<name>.<random>.part}), which {@link #close()} moves over the target in one step. A crash
 *       or a failed write never leaves a half file under the target name, and an existing file
 *       stays untouched until the new one is complete. Missing parent folders are created.
 * </ul>
 *
 * <p>If {@link #write(Object)} fails (a column function throws, or the disk is full), the writer
 * is spoiled: later writes throw {@code IllegalStateException}, and {@link #close()} discards a
 * file target instead of completing it. When your own code fails between writes, call
 * {@link #abort()} so that the partial file is discarded:
 *
 * <pre>{@code
 * TableWriter<Series> out = TableWriter.open(TableFormat.CSV, schema, path);
 * try {
 *   for (Series s : series) {
 *     out.write(s);
 *   }
 *   out.close();            // completes the file
 * } catch (RuntimeException e) {
 *   out.abort();            // removes the partial file
 *   throw e;
 * }
 * }</pre>
 * {@link Export} does exactly this in one call. A writer is not thread-safe.
 *
 * @param <T> the row type
 */
public final class TableWriter<T> implements Closeable {
  private enum State { OPEN, SPOILED, CLOSED }

  private final TableFormat format;
  private final TableSchema<T> schema;
  private final RowEncoder<T> encoder;
  private final WriteTarget target;
  private final StringBuilder buffer = new StringBuilder(256);
  private long rows;
  private State state = State.OPEN;

  private TableWriter(TableFormat format, TableSchema<T> schema, WriteTarget target) {
    this.format = format;
    this.schema = schema;
    this.encoder = RowEncoder.forFormat(format, schema);
    this.target = target;
    encoder.start(buffer);
    flushBuffer();
  }

  /**
   * Opens a writer on a stream. Text is UTF-8 without byte order mark; the stream is not closed.
   *
   * @param <T> the row type
   * @param format the format
   * @param schema the columns
   * @param out the stream
   * @return the writer; for CSV the header is already written
   */
  public static <T> TableWriter<T> open(TableFormat format, TableSchema<T> schema,
      OutputStream out) {
    check(format, schema);
    Objects.requireNonNull(out, "out");
    return new TableWriter<>(format, schema, WriteTarget.of(out));
  }

  /**
   * Opens a writer on a character writer, which is not closed.
   *
   * @param <T> the row type
   * @param format the format
   * @param schema the columns
   * @param out the writer
   * @return the writer; for CSV the header is already written
   */
  public static <T> TableWriter<T> open(TableFormat format, TableSchema<T> schema, Writer out) {
    check(format, schema);
    Objects.requireNonNull(out, "out");
    return new TableWriter<>(format, schema, WriteTarget.of(out));
  }

  /**
   * Opens a writer on a file, which is created or replaced atomically when the writer is closed.
   *
   * @param <T> the row type
   * @param format the format
   * @param schema the columns
   * @param target the file to write
   * @return the writer
   * @throws IllegalArgumentException if {@code target} is a directory
   * @throws TciaException if the folder or the temporary file cannot be created
   */
  public static <T> TableWriter<T> open(TableFormat format, TableSchema<T> schema, Path target) {
    check(format, schema);
    Objects.requireNonNull(target, "target");
    WriteTarget file;
    try {
      file = WriteTarget.of(target);
    } catch (IOException e) {
      throw new TciaException("Cannot create " + target + " (" + e + "); check that the folder"
          + " is writable", e);
    }
    try {
      return new TableWriter<>(format, schema, file);
    } catch (RuntimeException e) {
      file.discard();
      throw e;
    }
  }

  /**
   * Writes one row.
   *
   * @param row the row, not {@code null}
   * @throws IllegalStateException if the writer is closed or spoiled by an earlier failure
   * @throws TciaException if writing fails; the writer is then spoiled
   */
  public void write(T row) {
    Objects.requireNonNull(row, () -> "row " + rows + " is null; tables cannot hold null rows");
    requireOpen();
    try {
      buffer.setLength(0);
      encoder.row(buffer, row, rows);
    } catch (RuntimeException e) {
      state = State.SPOILED;
      throw e;
    }
    flushBuffer();
    rows++;
  }

  /**
   * Writes every row of an iterable, in order.
   *
   * @param more the rows
   * @throws IllegalStateException if the writer is closed or spoiled
   * @throws TciaException if writing fails
   */
  public void writeAll(Iterable<? extends T> more) {
    Objects.requireNonNull(more, "rows");
    for (T row : more) {
      write(row);
    }
  }

  /**
   * Writes every row of a stream, in encounter order, one at a time. The stream is consumed but
   * not closed.
   *
   * @param more the rows
   * @throws IllegalStateException if the writer is closed or spoiled
   * @throws TciaException if writing fails
   */
  public void writeAll(Stream<? extends T> more) {
    Objects.requireNonNull(more, "rows");
    Iterator<? extends T> it = more.iterator();
    while (it.hasNext()) {
      write(it.next());
    }
  }

  /**
   * Returns how many rows were written.
   *
   * @return the row count
   */
  public long rowCount() {
    return rows;
  }

  /**
   * Returns the format.
   *
   * @return the format
   */
  public TableFormat format() {
    return format;
  }

  /**
   * Returns the columns.
   *
   * @return the schema
   */
  public TableSchema<T> schema() {
    return schema;
  }

  /**
   * Completes the table: writes its end (the closing bracket of a JSON array) and flushes; for a
   * file, moves the finished file into place. On a writer spoiled by a failed write it discards
   * the output instead and throws nothing. Closing twice does nothing.
   *
   * @throws TciaException if flushing or moving the file fails; a file target is then discarded
   */
  @Override
  public void close() {
    if (state == State.CLOSED) {
      return;
    }
    if (state == State.SPOILED) {
      abort();
      return;
    }
    try {
      buffer.setLength(0);
      encoder.end(buffer, rows);
      target.writer().append(buffer);
      target.commit();
      state = State.CLOSED;
    } catch (IOException e) {
      state = State.CLOSED;
      target.discard();
      throw new TciaException("Writing the " + format + " table to " + target.describe()
          + " failed: " + e, e);
    }
  }

  /**
   * Gives up without completing the table: a file target's temporary file is deleted and an
   * existing file keeps its old content; a stream or writer is flushed as it is (so its JSON is
   * left unterminated). Does nothing if already closed.
   */
  public void abort() {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    target.discard();
  }

  private void flushBuffer() {
    try {
      target.writer().append(buffer);
    } catch (IOException e) {
      state = State.SPOILED;
      throw new TciaException("Writing the " + format + " table to " + target.describe()
          + " failed after " + rows + " rows: " + e, e);
    }
  }

  private void requireOpen() {
    if (state == State.CLOSED) {
      throw new IllegalStateException("This table writer is closed; open a new one to write more");
    }
    if (state == State.SPOILED) {
      throw new IllegalStateException("This table writer failed earlier and cannot continue; "
          + "close it and write the table again");
    }
  }

  private static void check(TableFormat format, TableSchema<?> schema) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(schema, "schema");
  }
}
