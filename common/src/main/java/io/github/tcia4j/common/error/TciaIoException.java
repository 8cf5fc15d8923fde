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
  /** The message without the request description, to rebuild the exception. */
  private final String reason;

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
    this.reason = message;
  }

  /**
   * Returns a copy that reports another number of attempts (the retry decorator uses it once it
   * gives up). The copy has the same reason, cause, timeout flag, context and stack trace.
   *
   * @param attempts how many attempts were made
   * @return the copy; this exception itself when it already reports that count or knows no
   *     request
   */
  public TciaIoException withAttempts(int attempts) {
    RequestInfo request = request().orElse(null);
    if (request == null || request.attempts() == attempts) {
      return this;
    }
    TciaIoException copy = new TciaIoException(reason, request.withAttempts(attempts), getCause(), timeout);
    copy.setStackTrace(getStackTrace());
    for (Throwable suppressed : getSuppressed()) {
      copy.addSuppressed(suppressed);
    }
    java.util.List<String> notes = context();
    for (int i = notes.size() - 1; i >= 0; i--) {
      copy.addContext(notes.get(i));
    }
    return copy;
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
