package io.github.tcia4j.common.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with an error status (4xx or 5xx). Common statuses have their own
 * subtypes so that callers can catch exactly what they can handle:
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><th>Status</th><th>Exception</th></tr>
 *   <tr><td>400</td><td>{@link TciaBadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link TciaUnauthorizedException}</td></tr>
 *   <tr><td>403</td><td>{@link TciaForbiddenException}</td></tr>
 *   <tr><td>404</td><td>{@link TciaNotFoundException}</td></tr>
 *   <tr><td>429</td><td>{@link TciaRateLimitException}</td></tr>
 *   <tr><td>500-599</td><td>{@link TciaServerException}</td></tr>
 *   <tr><td>any other</td><td>{@code TciaHttpException}</td></tr>
 * </table>
 *
 * <p>The NBIA server explains most 400s in plain text (for example
 * {@code Invalid query parameter: 'collection'...}); that text is in {@link #bodySnippet()} and
 * in the message.
 */
public class TciaHttpException extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception. Prefer {@link #forStatus(String, RequestInfo, Duration)}, which picks
   * the subtype matching the status.
   *
   * @param message what the caller was doing
   * @param request the failed request, including its status
   */
  public TciaHttpException(String message, RequestInfo request) {
    super(message, request, null);
    if (request == null || request.status().isEmpty()) {
      throw new IllegalArgumentException("An HTTP exception needs a request with a status");
    }
  }

  /**
   * Creates the exception of the subtype that matches the status.
   *
   * @param message what the caller was doing
   * @param request the failed request, including its status
   * @param retryAfter the server's {@code Retry-After} wish, or {@code null}
   * @return the exception, of the most specific subtype
   */
  public static TciaHttpException forStatus(String message, RequestInfo request, Duration retryAfter) {
    int status = request.statusCode();
    if (status == 400) {
      return new TciaBadRequestException(message, request);
    } else if (status == 401) {
      return new TciaUnauthorizedException(message, request);
    } else if (status == 403) {
      return new TciaForbiddenException(message, request);
    } else if (status == 404) {
      return new TciaNotFoundException(message, request);
    } else if (status == 429) {
      return new TciaRateLimitException(message, request, retryAfter);
    } else if (status >= 500 && status <= 599) {
      return new TciaServerException(message, request, retryAfter);
    }
    return new TciaHttpException(message, request);
  }

  /**
   * Returns the status the server answered with.
   *
   * @return the HTTP status
   */
  public int statusCode() {
    return request().orElseThrow().statusCode();
  }

  /**
   * Returns the beginning of the response body, as text.
   *
   * @return the body snippet, possibly empty
   */
  public String bodySnippet() {
    return request().orElseThrow().bodySnippet();
  }

  /**
   * Returns how long the server asked the client to wait, if it said so.
   *
   * @return the {@code Retry-After} duration, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
