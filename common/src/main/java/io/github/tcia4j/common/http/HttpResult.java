package io.github.tcia4j.common.http;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.internal.Redaction;
import io.github.tcia4j.common.internal.RetryAfter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response: status, headers and a streamed body. Close it (try-with-resources) once the
 * body has been read or is no longer wanted; closing releases the connection and any
 * concurrency permit held for it.
 */
public final class HttpResult implements Closeable {
  /** How many characters of an error body go into exception messages. */
  public static final int SNIPPET_LENGTH = 300;

  private final HttpCall call;
  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;
  private final int attempts;

  /**
   * Creates a response.
   *
   * @param call the request this answers
   * @param status the HTTP status
   * @param headers the response headers (names are compared case-insensitively)
   * @param body the body stream; an empty stream when there is no body
   * @param attempts how many attempts it took (1 without retries)
   */
  public HttpResult(HttpCall call, int status, Map<String, List<String>> headers, InputStream body, int attempts) {
    this.call = Objects.requireNonNull(call, "call");
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null) {
        copy.put(k, List.copyOf(v));
      }
    });
    this.headers = Collections.unmodifiableMap(copy);
    this.body = Objects.requireNonNull(body, "body");
    this.attempts = attempts;
  }

  /**
   * Returns the request this response answers.
   *
   * @return the request
   */
  public HttpCall call() {
    return call;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * Tells whether the status is 2xx.
   *
   * @return {@code true} for a success status
   */
  public boolean isSuccess() {
    return status >= 200 && status <= 299;
  }

  /**
   * Returns all headers; lookups on the map ignore case.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns how many attempts were made to get this response.
   *
   * @return 1 when no retry was needed
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns the body stream. Read it once; then close this result.
   *
   * @return the body
   */
  public InputStream body() {
    return body;
  }

  /**
   * Returns a copy that reports another attempt count (used by the retry decorator).
   *
   * @param newAttempts the number of attempts
   * @return the copy, sharing the body stream
   */
  public HttpResult withAttempts(int newAttempts) {
    return new HttpResult(call, status, headers, body, newAttempts);
  }

  /**
   * Returns a copy with another body stream (used by decorators that watch the body).
   *
   * @param newBody the wrapping stream
   * @return the copy
   */
  public HttpResult withBody(InputStream newBody) {
    return new HttpResult(call, status, headers, newBody, attempts);
  }

  /**
   * Reads the whole body as bytes and closes the result.
   *
   * @return the body bytes
   * @throws TciaIoException when the connection breaks while reading
   */
  public byte[] bodyAsBytes() {
    try (this) {
      return body.readAllBytes();
    } catch (IOException e) {
      throw new TciaIoException("Reading the response body failed: " + e.getMessage(),
          requestInfo(), e, e instanceof java.net.SocketTimeoutException);
    }
  }

  /**
   * Reads the whole body as text (charset from {@code Content-Type}, UTF-8 by default) and closes
   * the result.
   *
   * @return the body text
   * @throws TciaIoException when the connection breaks while reading
   */
  public String bodyAsString() {
    return new String(bodyAsBytes(), charset());
  }

  /**
   * Returns the charset named in {@code Content-Type}, or UTF-8.
   *
   * @return the charset
   */
  public Charset charset() {
    return header("Content-Type").flatMap(HttpResult::charsetOf).orElse(StandardCharsets.UTF_8);
  }

  /**
   * Returns what an exception should know about this exchange (status, redacted URL, attempts),
   * without a body snippet.
   *
   * @return the request information
   */
  public RequestInfo requestInfo() {
    return new RequestInfo(call.method(), call.redactedUri(), status, "", attempts);
  }

  /**
   * Returns the {@code Retry-After} delay the server asked for, in seconds or as an HTTP date.
   *
   * @param clock the clock that defines "now" for the date form
   * @return the delay, never negative, or empty when absent or unreadable
   */
  public Optional<Duration> retryAfter(Clock clock) {
    return header("Retry-After").flatMap(v -> RetryAfter.parse(v, clock));
  }

  /**
   * Returns this result when its status is 2xx; otherwise reads the start of the body, closes
   * the result and throws the exception matching the status.
   *
   * @param what what the caller was doing, e.g. {@code "getSeries"}; starts the message
   * @return this result, for chaining
   * @throws TciaHttpException (or a subtype) for any non-2xx status
   */
  public HttpResult requireSuccess(String what) {
    if (isSuccess()) {
      return this;
    }
    String snippet = readSnippet();
    RequestInfo info = new RequestInfo(call.method(), call.redactedUri(), status, snippet, attempts);
    Duration retryAfter = retryAfter(Clock.systemUTC()).orElse(null);
    throw TciaHttpException.forStatus(what + " failed with HTTP " + status + reasonHint(status) + ".",
        info, retryAfter);
  }

  /**
   * Reads at most {@link #SNIPPET_LENGTH} characters of the body for an error message, with
   * secrets redacted and line breaks folded, and closes the result.
   *
   * @return the snippet, possibly empty
   */
  public String readSnippet() {
    try (this) {
      byte[] bytes = body.readNBytes(SNIPPET_LENGTH * 4);
      String text = new String(bytes, charset());
      return Redaction.snippet(text, SNIPPET_LENGTH);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  /** Closes the body stream and releases the connection. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // nothing useful to do: the stream is being abandoned
    }
  }

  @Override
  public String toString() {
    return "HTTP " + status + " for " + call;
  }

  private static String reasonHint(int status) {
    return switch (status) {
      case 400 -> " (bad request)";
      case 401 -> " (unauthorized: a valid access token is required)";
      case 403 -> " (forbidden)";
      case 404 -> " (not found: check the base URL)";
      case 429 -> " (too many requests)";
      default -> status >= 500 ? " (server error)" : "";
    };
  }

  private static Optional<Charset> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
        } catch (RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
