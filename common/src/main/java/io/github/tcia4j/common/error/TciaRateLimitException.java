package io.github.tcia4j.common.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the server asks the client to slow down. Idempotent requests are retried after the {@code Retry-After} delay before this reaches the caller.
 */
public class TciaRateLimitException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /** The server's Retry-After wish, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 429
   * @param retryAfter the server's {@code Retry-After} wish, or {@code null}
   */
  public TciaRateLimitException(String message, RequestInfo request, Duration retryAfter) {
    super(message, request);
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
