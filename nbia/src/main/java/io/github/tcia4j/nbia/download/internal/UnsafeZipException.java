package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;

/**
 * A series zip broke a safety rule: an entry name that would leave the download folder, a link,
 * or an expansion beyond the zip-bomb limits. Such a zip is never retried or repaired from the same
 * answer; the temporary folder is removed.
 */
public final class UnsafeZipException extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the zip
   */
  public UnsafeZipException(String message) {
    super(message);
  }
}
