package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing to the local disk failed (disk full, no permission, a file in the way). Retrying the
 * download would not help, so the series fails at once with the path and the cause.
 */
public final class LocalFileException extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what was being done, e.g. {@code "Cannot write"}
   * @param path the file or folder
   * @param cause the I/O failure
   */
  public LocalFileException(String what, Path path, IOException cause) {
    super(what + " " + path + ": " + describe(cause) + "; check free space and permissions", cause);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null ? type : type + " (" + message + ")";
  }
}
