package io.github.tcia4j.common.http;

import io.github.tcia4j.common.internal.Redaction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP request, immutable. Build it with {@link #get(URI)}, {@link #post(URI)} or
 * {@link #head(URI)}, then {@link Builder#build()}.
 *
 * <p>Whether the request may be retried is part of it: GET, HEAD, PUT, DELETE and OPTIONS are
 * idempotent by default, POST is not. Read-only POST queries (NBIA's {@code getSeriesMetadata},
 * {@code getSimpleSearch}) mark themselves {@link Builder#idempotent(boolean) idempotent}.
 *
 * <p>{@link #toString()} never shows the body or the value of an {@code Authorization} header.
 */
public final class HttpCall {
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Duration timeout;
  private final Duration readTimeout;
  private final boolean idempotent;

  private HttpCall(Builder b) {
    this.method = b.method;
    this.uri = b.uri;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = b.body == null ? null : b.body.clone();
    this.timeout = b.timeout;
    this.readTimeout = b.readTimeout;
    this.idempotent = b.idempotent == null ? IDEMPOTENT_METHODS.contains(method) : b.idempotent;
  }

  /**
   * Starts a GET request.
   *
   * @param uri the absolute URI, query included
   * @return a builder
   */
  public static Builder get(URI uri) {
    return new Builder("GET", uri);
  }

  /**
   * Starts a POST request.
   *
   * @param uri the absolute URI
   * @return a builder
   */
  public static Builder post(URI uri) {
    return new Builder("POST", uri);
  }

  /**
   * Starts a HEAD request.
   *
   * @param uri the absolute URI
   * @return a builder
   */
  public static Builder head(URI uri) {
    return new Builder("HEAD", uri);
  }

  /**
   * Starts a request with any method.
   *
   * @param method the HTTP method, e.g. {@code PUT}
   * @param uri the absolute URI
   * @return a builder
   */
  public static Builder method(String method, URI uri) {
    return new Builder(method, uri);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method in upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URI, query included.
   *
   * @return the absolute URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the headers set on this request (the transport may add its own, e.g. User-Agent).
   *
   * @return an unmodifiable map from header name to values, in insertion order
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header, compared case-insensitively.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body, or empty when the request has none
   */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(byte[]::clone);
  }

  /**
   * Returns the time allowed until the response headers arrive, if this request overrides the
   * client's default.
   *
   * @return the timeout, or empty for the default
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the longest pause allowed between two reads of the response body, if this request
   * overrides the client's default.
   *
   * @return the read timeout, or empty for the default
   */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /**
   * Tells whether sending this request twice has the same effect as sending it once, which is
   * what makes a retry safe.
   *
   * @return {@code true} when retries are allowed
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * Returns the URI with passwords, tokens and user-info replaced by {@code ***}, safe for logs
   * and messages.
   *
   * @return the redacted URI text
   */
  public String redactedUri() {
    return Redaction.uri(uri);
  }

  /**
   * Returns a builder holding this request's settings, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, uri);
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    b.timeout = timeout;
    b.readTimeout = readTimeout;
    b.idempotent = idempotent;
    return b;
  }

  /**
   * Returns a copy with a header set, replacing any value it had (case-insensitively).
   *
   * @param name the header name
   * @param value the value
   * @return the changed copy
   */
  public HttpCall withHeader(String name, String value) {
    return toBuilder().setHeader(name, value).build();
  }

  @Override
  public String toString() {
    return method + " " + redactedUri();
  }

  /** Builds an {@link HttpCall}. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body;
    private Duration timeout;
    private Duration readTimeout;
    private Boolean idempotent;

    private Builder(String method, URI uri) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("Request URI must be absolute, was: " + Redaction.uri(uri));
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.uri = uri;
    }

    /**
     * Adds a header value (keeping values already set under that name).
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "value of header " + name);
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets a header, removing any earlier value under the same name (case-insensitively).
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder setHeader(String name, String value) {
      headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
      return header(name, value);
    }

    /**
     * Sets the body and its content type.
     *
     * @param bytes the body
     * @param contentType the media type, e.g. {@code application/json}
     * @return this builder
     */
    public Builder body(byte[] bytes, String contentType) {
      this.body = Objects.requireNonNull(bytes, "bytes").clone();
      return setHeader("Content-Type", contentType);
    }

    /**
     * Sets an {@code application/x-www-form-urlencoded} body.
     *
     * @param form the form fields, in order
     * @return this builder
     */
    public Builder form(Params form) {
      return body(form.encode().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /**
     * Overrides the time allowed until the response headers arrive.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder timeout(Duration value) {
      this.timeout = requirePositive(value, "timeout");
      return this;
    }

    /**
     * Overrides the longest pause allowed between two reads of the response body.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = requirePositive(value, "readTimeout");
      return this;
    }

    /**
     * Declares whether the request may be retried; the default depends on the method.
     *
     * @param value {@code true} when sending it twice is harmless
     * @return this builder
     */
    public Builder idempotent(boolean value) {
      this.idempotent = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public HttpCall build() {
      return new HttpCall(this);
    }

    private static Duration requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
