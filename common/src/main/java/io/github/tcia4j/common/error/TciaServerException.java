package io.github.tcia4j.common.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 5xx: the server failed. Transient 500, 502, 503 and 504 answers are retried for idempotent requests before this reaches the caller.
 */
public class TciaServerException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /** The server's Retry-After wish, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 5xx
   * @param retryAfter the server's {@code Retry-After} wish, or {@code null}
   */
  public TciaServerException(String message, RequestInfo request, Duration retryAfter) {
    super(message, request);
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
