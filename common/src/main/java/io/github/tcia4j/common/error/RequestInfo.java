package io.github.tcia4j.common.error;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What an exception knows about the request that failed. The URL is stored redacted: it never
 * holds a password, a token or a user-info part, so it can be logged and shown as is.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param url the request URL with secrets replaced by {@code ***}
 * @param statusCode the HTTP status, or {@code -1} when no response arrived
 * @param bodySnippet the first characters of the response body (possibly empty, never {@code null})
 * @param attempts how many attempts were made (0 when unknown)
 */
public record RequestInfo(String method, String url, int statusCode, String bodySnippet, int attempts) {

  /**
   * Validates and normalises the fields.
   *
   * @param method the HTTP method
   * @param url the redacted URL
   * @param statusCode the status or {@code -1}
   * @param bodySnippet the body start, {@code null} is read as empty
   * @param attempts the number of attempts
   */
  public RequestInfo {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    bodySnippet = bodySnippet == null ? "" : bodySnippet;
  }

  /**
   * Creates the information for a request that got no response.
   *
   * @param method the HTTP method
   * @param url the redacted URL
   * @param attempts how many attempts were made
   * @return the request information without status
   */
  public static RequestInfo noResponse(String method, String url, int attempts) {
    return new RequestInfo(method, url, -1, "", attempts);
  }

  /**
   * Returns the HTTP status if a response arrived.
   *
   * @return the status or empty
   */
  public OptionalInt status() {
    return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /**
   * Returns a copy with another attempt count.
   *
   * @param newAttempts the number of attempts
   * @return the updated copy
   */
  public RequestInfo withAttempts(int newAttempts) {
    return new RequestInfo(method, url, statusCode, bodySnippet, newAttempts);
  }

  /**
   * Describes the request for an exception message, e.g.
   * {@code [GET https://host/path -> HTTP 400 after 1 attempt: "Invalid query parameter..."]}.
   *
   * @return a one-line description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder("[").append(method).append(' ').append(url);
    if (statusCode >= 0) {
      sb.append(" -> HTTP ").append(statusCode);
    } else {
      sb.append(" -> no response");
    }
    if (attempts > 0) {
      sb.append(" after ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    }
    if (!bodySnippet.isEmpty()) {
      sb.append(": \"").append(bodySnippet).append('"');
    }
    return sb.append(']').toString();
  }
}
