package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;

/**
 * The response body of a download broke off after the headers had arrived: a reset connection, a
 * stall longer than the read timeout, or the series deadline. The transport does not retry such
 * failures; the download engine does.
 */
public final class StreamFailure extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what broke off, after how many bytes
   * @param cause the read failure
   */
  public StreamFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
