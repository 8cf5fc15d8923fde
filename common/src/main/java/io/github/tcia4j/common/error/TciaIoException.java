package io.github.tcia4j.common.error;

/**
 * No usable response arrived: the connection was refused or reset, the host could not be
 * resolved, or a timeout expired. Such failures are usually transient and are retried for
 * idempotent requests before this exception reaches the caller.
 */
public class TciaIoException extends TciaException {
  private static final long serialVersionUID = 1L;

  /** Whether a timeout expired. */
  private final boolean timeout;

  /**
   * Creates the exception.
   *
   * @param message what failed, e.g. "Connection refused"
   * @param request the request that failed
   * @param cause the I/O exception from the transport
   * @param timeout whether a timeout (connect, response or read) expired
   */
  public TciaIoException(String message, RequestInfo request, Throwable cause, boolean timeout) {
    super(message, request, cause);
    this.timeout = timeout;
  }

  /**
   * Tells whether a timeout expired (as opposed to a refused or broken connection).
   *
   * @return {@code true} for a timeout
   */
  public boolean isTimeout() {
    return timeout;
  }
}
