package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes small files (records, receipts) so that readers see either the old or the new content. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream to write to (not to be closed)
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file through a hidden temporary file in the same folder, then moves it into place.
   * Missing parent folders are created.
   *
   * @param file the file to create or replace
   * @param content what to write
   * @throws TciaException when the file cannot be written; an existing file is then unchanged
   */
  public static void write(Path file, Content content) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    Path temp = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
        + ".part");
    try {
      Files.createDirectories(parent);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE))) {
        content.writeTo(out);
      }
      move(temp, absolute);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new TciaException("Cannot write " + file + ": " + e + "; check that the folder is writable", e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /**
   * Moves a file or folder over another in one step where the file system allows it.
   *
   * @param source the file or folder
   * @param target its new name; an existing file is replaced
   * @throws IOException when the move fails
   */
  public static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // a leftover hidden .part file is harmless
    }
  }
}
