package io.github.tcia4j.common.export;

import io.github.tcia4j.common.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a {@link TableWriter} writes: a caller's stream or writer, or a file written atomically. */
abstract class WriteTarget {
  private static final int BUFFER = 64 * 1024;

  /** The buffered writer rows go to. */
  protected final Writer writer;

  /**
   * Creates the target.
   *
   * @param writer the buffered writer
   */
  protected WriteTarget(Writer writer) {
    this.writer = writer;
  }

  /**
   * Returns a target that writes UTF-8 to a caller's stream, which is flushed but never closed.
   *
   * @param out the stream
   * @return the target
   */
  static WriteTarget of(OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    return new Borrowed(w, "the output stream");
  }

  /**
   * Returns a target that writes to a caller's writer, which is flushed but never closed.
   *
   * @param out the writer
   * @return the target
   */
  static WriteTarget of(Writer out) {
    return new Borrowed(new BufferedWriter(out, BUFFER), "the writer");
  }

  /**
   * Returns a target that writes to a temporary file next to {@code target} and moves it into
   * place on success. Missing parent folders are created.
   *
   * @param target the file to create or replace
   * @return the target
   * @throws IOException if the folder or the temporary file cannot be created
   */
  static WriteTarget of(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("Cannot write a table to " + target + ": it is a"
          + " directory; give a file name such as " + absolute.resolve("table.csv"));
    }
    Path temp = AtomicFiles.createTempSibling(absolute, "table");
    Writer w;
    try {
      w = new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), BUFFER);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return new AtomicFile(w, absolute, temp);
  }

  /**
   * Returns the writer rows go to.
   *
   * @return the writer
   */
  final Writer writer() {
    return writer;
  }

  /**
   * Makes everything written visible: flushes, and for a file closes it and moves it into place.
   *
   * @throws IOException if that fails; the target is then discarded
   */
  abstract void commit() throws IOException;

  /** Gives up: for a file deletes the temporary file and leaves any existing file untouched. */
  abstract void discard();

  /**
   * Describes the target for messages.
   *
   * @return e.g. {@code /data/series.csv}
   */
  abstract String describe();

  /** A stream or writer the caller owns. */
  private static final class Borrowed extends WriteTarget {
    private final String description;

    Borrowed(Writer writer, String description) {
      super(writer);
      this.description = description;
    }

    @Override
    void commit() throws IOException {
      writer.flush();
    }

    @Override
    void discard() {
      try {
        writer.flush();
      } catch (IOException e) {
        // the write already failed; what was buffered cannot be delivered either
      }
    }

    @Override
    String describe() {
      return description;
    }
  }

  /** A temporary file moved over the target on success. */
  private static final class AtomicFile extends WriteTarget {
    private final Path target;
    private final Path temp;

    AtomicFile(Writer writer, Path target, Path temp) {
      super(writer);
      this.target = target;
      this.temp = temp;
    }

    @Override
    void commit() throws IOException {
      try {
        writer.close();
        AtomicFiles.moveIntoPlace(temp, target);
      } catch (IOException | RuntimeException e) {
        discard();
        throw e;
      }
    }

    @Override
    void discard() {
      try {
        writer.close();
      } catch (IOException e) {
        // the file is deleted next; a failed close changes nothing
      }
      AtomicFiles.deleteQuietly(temp);
    }

    @Override
    String describe() {
      return target.toString();
    }
  }
}
