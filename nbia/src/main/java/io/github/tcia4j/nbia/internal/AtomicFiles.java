package io.github.tcia4j.nbia.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes small text files atomically: to a temporary file in the target's folder, then moved into
 * place, so a reader never sees half a file and a failure leaves an existing file unchanged.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes UTF-8 text to a file, creating missing parent folders.
   *
   * @param target the file to create or replace
   * @param text the content
   * @param what what is written, for messages (e.g. {@code manifest})
   * @return the target path
   * @throws IllegalArgumentException when the target is a directory
   * @throws UncheckedIOException when writing fails; the message names the file
   */
  public static Path writeString(Path target, String text, String what) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("Cannot write the " + what + " to " + target
          + ": it is a directory; give a file name inside it");
    }
    Path temp = null;
    try {
      Path folder = absolute.getParent();
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("Writing the " + what + " to " + target + " failed: " + e, e);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the original failure is the one to report
    }
  }
}
