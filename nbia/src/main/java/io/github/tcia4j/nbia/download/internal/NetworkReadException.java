package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Reading the response body failed (connection reset, read timeout, stream closed by a deadline
 * or a cancellation). {@link BodyTap} wraps the transport's failure in this type so that it can be
 * told apart from a corrupt zip after passing through {@link java.util.zip.ZipInputStream}.
 */
public final class NetworkReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a read failure.
   *
   * @param cause the transport's exception
   */
  public NetworkReadException(IOException cause) {
    super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
  }

  /**
   * Tells whether the failure was a read timeout (a stalled stream).
   *
   * @return {@code true} for a timeout
   */
  public boolean isTimeout() {
    return getCause() instanceof SocketTimeoutException;
  }
}
