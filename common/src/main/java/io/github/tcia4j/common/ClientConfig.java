package io.github.tcia4j.common;

import io.github.tcia4j.common.auth.OAuthSettings;
import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.common.http.Transport;
import io.github.tcia4j.common.internal.ProxySelectors;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a tcia4j client needs to talk to a server: where it is, how long to wait, how to
 * retry, how many requests may run at once, which proxy and which login to use. Immutable and
 * thread-safe; build one with {@link #builder()} and derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("http://127.0.0.1:8080")
 *     .requestTimeout(Duration.ofSeconds(30))
 *     .maxConcurrency(4)
 *     .build();
 * }</pre>
 *
 * <p>Setters check their argument at once and throw {@link IllegalArgumentException} with a
 * message naming the setting, so a bad value fails where it is written.
 */
public final class ClientConfig {
  /** Default time allowed to open a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
  /** Default time allowed until the response headers arrive. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
  /** Default longest pause between two reads of a response body. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** Default number of requests that may be in flight at once per client. */
  public static final int DEFAULT_MAX_CONCURRENCY = 8;
  /** The library version sent in the default User-Agent. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private final URI baseUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration readTimeout;
  private final String userAgent;
  private final ProxySelector proxy;
  private final RetryPolicy retryPolicy;
  private final int maxConcurrency;
  private final OAuthSettings oauth;
  private final Transport transport;
  private final Clock clock;
  private final Sleeper sleeper;

  private ClientConfig(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.readTimeout = b.readTimeout;
    this.userAgent = b.userAgent;
    this.proxy = b.proxy;
    this.retryPolicy = b.retryPolicy;
    this.maxConcurrency = b.maxConcurrency;
    this.oauth = b.oauth;
    this.transport = b.transport;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /**
   * Returns the default configuration (no base URL: each client uses its own default server).
   *
   * @return the defaults
   */
  public static ClientConfig defaults() {
    return builder().build();
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this configuration's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.readTimeout = readTimeout;
    b.userAgent = userAgent;
    b.proxy = proxy;
    b.retryPolicy = retryPolicy;
    b.maxConcurrency = maxConcurrency;
    b.oauth = oauth;
    b.transport = transport;
    b.clock = clock;
    b.sleeper = sleeper;
    return b;
  }

  /**
   * Returns the server root, if one was set; without one each client uses its public default.
   *
   * @return the base URL without trailing slash, e.g. {@code https://nbia.cancerimagingarchive.net}
   */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /**
   * Returns the time allowed to open a connection.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the time allowed until a response's headers arrive.
   *
   * @return the request timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Returns the longest pause allowed between two reads of a response body; a stalled download
   * fails after this long instead of hanging.
   *
   * @return the read timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the User-Agent header value.
   *
   * @return the user agent
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns the proxy selector set explicitly, if any. Without one the JVM's
   * {@link ProxySelector#getDefault()} is used, which honours {@code -Dhttps.proxyHost} and
   * friends.
   *
   * @return the explicit proxy selector, or empty
   */
  public Optional<ProxySelector> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * Returns the retry policy.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns how many requests may be in flight at once through one client (a streamed download
   * holds its slot until its body is closed).
   *
   * @return the concurrency limit, at least 1
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Returns the login settings, if the server needs tokens.
   *
   * @return the OAuth settings, or empty for anonymous access
   */
  public Optional<OAuthSettings> oauth() {
    return Optional.ofNullable(oauth);
  }

  /**
   * Returns the transport that replaces the JDK HTTP client at the bottom of the decorator chain,
   * if one was set (tests and special environments).
   *
   * @return the custom base transport, or empty
   */
  public Optional<Transport> transport() {
    return Optional.ofNullable(transport);
  }

  /**
   * Returns the clock used for token expiry and {@code Retry-After} dates.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the sleeper used between retries.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout + ", readTimeout=" + readTimeout
        + ", userAgent=" + userAgent + ", proxy=" + (proxy == null ? "JVM default" : proxy)
        + ", retryPolicy=" + retryPolicy + ", maxConcurrency=" + maxConcurrency
        + ", oauth=" + (oauth == null ? "none" : oauth) + "]";
  }

  /**
   * Checks a server root URL and normalises it (no trailing slash).
   *
   * @param text the URL as a user would paste it, e.g. {@code https://nbia.cancerimagingarchive.net}
   * @return the parsed URL
   * @throws IllegalArgumentException naming the problem when it is not an absolute http(s) URL
   *     without query or fragment
   */
  public static URI parseBaseUrl(String text) {
    Objects.requireNonNull(text, "baseUrl");
    String trimmed = text.trim();
    String hint = " Give the server root as you would paste it into a browser, e.g."
        + " https://nbia.cancerimagingarchive.net or http://127.0.0.1:8080.";
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Base URL '" + text + "' is not a valid URL: " + e.getReason() + "." + hint, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("Base URL '" + text + "' must start with http:// or https://." + hint);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("Base URL '" + text + "' has no host name." + hint);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("Base URL '" + text + "' must not contain a query (?...) or fragment (#...)." + hint);
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Base URL must not contain a user name or password; configure a login with oauth(...) instead." + hint);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  /** Builds a {@link ClientConfig}; starts from the defaults. */
  public static final class Builder {
    private URI baseUrl;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private String userAgent = "tcia4j/" + VERSION + " (Java " + Runtime.version().feature() + ")";
    private ProxySelector proxy;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
    private OAuthSettings oauth;
    private Transport transport;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /**
     * Sets the server root.
     *
     * @param value e.g. {@code https://nbia.cancerimagingarchive.net}; {@code null} restores the
     *     client's default server
     * @return this builder
     * @throws IllegalArgumentException when the URL is malformed
     */
    public Builder baseUrl(String value) {
      this.baseUrl = value == null ? null : parseBaseUrl(value);
      return this;
    }

    /**
     * Sets the server root.
     *
     * @param value the URL; {@code null} restores the client's default server
     * @return this builder
     * @throws IllegalArgumentException when the URL is malformed
     */
    public Builder baseUrl(URI value) {
      return baseUrl(value == null ? null : value.toString());
    }

    /**
     * Sets the time allowed to open a connection.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /**
     * Sets the time allowed until a response's headers arrive.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = positive(value, "requestTimeout");
      return this;
    }

    /**
     * Sets the longest pause allowed between two reads of a response body.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = positive(value, "readTimeout");
      return this;
    }

    /**
     * Sets the User-Agent header value.
     *
     * @param value not blank; only printable characters (no line breaks, tabs or other control
     *     characters, nothing beyond U+00FF), since HTTP cannot send anything else in a header
     * @return this builder
     * @throws IllegalArgumentException when the value is blank or holds a character a header
     *     cannot carry; the message names the character's position
     */
    public Builder userAgent(String value) {
      Objects.requireNonNull(value, "userAgent");
      if (value.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = headerValue(value, "userAgent");
      return this;
    }

    /**
     * Routes every request through one HTTP proxy.
     *
     * @param host the proxy host
     * @param port the proxy port, 1 to 65535
     * @return this builder
     */
    public Builder proxy(String host, int port) {
      this.proxy = ProxySelectors.single(host, port);
      return this;
    }

    /**
     * Uses a proxy selector; {@code null} restores the JVM default.
     *
     * @param value the selector, or {@code null}
     * @return this builder
     */
    public Builder proxy(ProxySelector value) {
      this.proxy = value;
      return this;
    }

    /**
     * Sets proxies the way {@code tcia_utils.utils.set_proxy} takes them: a map from URL scheme
     * to proxy URL, e.g. {@code {"http": "http://10.10.1.10:3128", "https": "http://10.10.1.10:1080"}}.
     * Requests whose scheme has no entry go direct.
     *
     * @param proxies scheme to proxy URL
     * @return this builder
     * @throws IllegalArgumentException when a key is not http/https, or a proxy URL has no host or
     *     port or contains a user name and password (the JDK client cannot log in to a proxy this
     *     way)
     */
    public Builder proxies(Map<String, String> proxies) {
      this.proxy = ProxySelectors.byScheme(proxies);
      return this;
    }

    /**
     * Connects directly, ignoring the JVM's proxy settings.
     *
     * @return this builder
     */
    public Builder noProxy() {
      this.proxy = ProxySelectors.none();
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param value the policy; {@link RetryPolicy#none()} disables retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /**
     * Sets how many requests may be in flight at once through one client.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxConcurrency(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + value);
      }
      this.maxConcurrency = value;
      return this;
    }

    /**
     * Sets the login; {@code null} means anonymous access.
     *
     * @param value the OAuth settings, or {@code null}
     * @return this builder
     */
    public Builder oauth(OAuthSettings value) {
      this.oauth = value;
      return this;
    }

    /**
     * Replaces the JDK HTTP client at the bottom of the decorator chain; retries, limits and
     * tokens still apply on top of it. {@code null} restores the JDK client.
     *
     * @param value the base transport, or {@code null}
     * @return this builder
     */
    public Builder transport(Transport value) {
      this.transport = value;
      return this;
    }

    /**
     * Sets the clock used for token expiry and {@code Retry-After} dates (tests use a fixed or
     * manual clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the sleeper used between retries (tests record the delays instead of sleeping).
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the immutable configuration
     */
    public ClientConfig build() {
      return new ClientConfig(this);
    }

    /**
     * Checks that a value can be sent as an HTTP header value: no control characters (which
     * would end or split the header) and nothing beyond U+00FF (which HTTP/1.1 cannot encode).
     */
    private static String headerValue(String value, String name) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) || c > 0xFF) {
          throw new IllegalArgumentException(name + " cannot be sent as an HTTP header: it holds the character U+"
              + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + i
              + "; use printable characters only (no line breaks, tabs or other control characters, nothing"
              + " beyond U+00FF)");
        }
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
      }
      return value;
    }
  }
}
