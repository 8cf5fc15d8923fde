package io.github.tcia4j.common.io;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes files so that nobody ever sees half of one: the content goes to a hidden temporary file
 * next to the target ({@code .<name>.<random>.part}), which is then moved over the target in one
 * step. A failure leaves an existing target untouched and removes the temporary file.
 *
 * <p>The file gets the permissions any new file of the process gets (the umask applies, as for
 * {@code touch}), or keeps those of the file it replaces: results are shared data, not secrets.
 * (Credential files are written owner-only by {@link io.github.tcia4j.common.auth.CredentialFile}.)
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Writes UTF-8 text to a file, creating missing parent folders.
   *
   * @param target the file to create or replace
   * @param text the content
   * @param what what is written, for messages (e.g. {@code "manifest"})
   * @return the target path as given
   * @throws IllegalArgumentException when the target is a directory
   * @throws TciaException when writing fails; the message names the file and the cause
   */
  public static Path writeString(Path target, String text, String what) {
    Path temp = null;
    try {
      temp = createTempSibling(target, what);
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      moveIntoPlace(temp, target);
      return target;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new TciaException("Writing the " + what + " to " + target + " failed: " + e
          + "; check that the folder exists and is writable", e);
    }
  }

  /**
   * Creates the hidden temporary file for a target, after creating the target's folder. It has
   * the default permissions of a new file (unlike {@link Files#createTempFile}, which makes it
   * owner-only), or those of the existing target on a POSIX file system.
   *
   * @param target the file that will be replaced
   * @param what what is written, for messages
   * @return the temporary file, in the target's folder
   * @throws IllegalArgumentException when the target is a directory
   * @throws IOException when the folder or the file cannot be created
   */
  public static Path createTempSibling(Path target, String what) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("Cannot write the " + what + " to " + target
          + ": it is a directory; give a file name inside it");
    }
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = createUnique(folder, "." + absolute.getFileName() + ".");
    try {
      if (Files.exists(absolute) && Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // keeping the old permissions is a courtesy; the new file's defaults are fine too
    }
    return temp;
  }

  private static Path createUnique(Path folder, String prefix) throws IOException {
    for (int i = 0; ; i++) {
      Path candidate = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (i >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves a finished temporary file over the target, atomically where the file system allows.
   *
   * @param temp the finished temporary file
   * @param target the file to replace
   * @throws IOException when the move fails
   */
  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    try {
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes a file if it exists, ignoring failures (for clean-up after another failure).
   *
   * @param file the file, may be {@code null}
   */
  public static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the original failure is the one to report; the leftover is a hidden ".part" file
    }
  }
}
