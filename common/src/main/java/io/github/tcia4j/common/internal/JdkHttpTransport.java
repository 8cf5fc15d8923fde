package io.github.tcia4j.common.internal;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bottom of the transport chain: one request, one response, on {@link HttpClient} (HTTP/1.1).
 *
 * <ul>
 *   <li><b>Timeouts:</b> connect timeout from the configuration; the time until the response
 *       headers arrive is {@link HttpCall#timeout()} or {@link ClientConfig#requestTimeout()};
 *       the longest pause while reading the body is {@link HttpCall#readTimeout()} or
 *       {@link ClientConfig#readTimeout()} (see {@link StreamingBody}).
 *   <li><b>Proxy:</b> the configured selector, or else {@link ProxySelector#getDefault()}.
 *   <li><b>User-Agent:</b> {@link ClientConfig#userAgent()} on every request, unless the request
 *       sets its own.
 *   <li><b>Redirects:</b> followed here, not by the JDK client, under the rules of
 *       {@link Redirects} (at most five; no token to another host; no https to http downgrade).
 *       The returned result's {@link HttpResult#call()} is the last request sent.
 *   <li><b>Failures:</b> no response becomes a {@link TciaIoException} whose message names the
 *       cause (connection refused, unknown host, timeout) and whose request info holds the
 *       redacted URL; an interrupt restores the thread's interrupt flag and throws a
 *       {@code TciaIoException} too.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} drops the JDK client (Java 17 has no {@code HttpClient.close()};
 * its threads end once it is unreachable); later sends throw {@link IllegalStateException}.
 */
public final class JdkHttpTransport implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(JdkHttpTransport.class);
  private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final ClientConfig config;
  private final Optional<ProxySelector> proxySelector;
  private final AtomicReference<HttpClient> client;

  /**
   * Creates the transport and its JDK client.
   *
   * @param config timeouts, proxy and user agent
   */
  public JdkHttpTransport(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.proxySelector = config.proxy().or(() -> Optional.ofNullable(ProxySelector.getDefault()));
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    proxySelector.ifPresent(builder::proxy);
    this.client = new AtomicReference<>(builder.build());
  }

  @Override
  public HttpResult send(HttpCall call) {
    Objects.requireNonNull(call, "call");
    HttpCall current = call;
    for (int followed = 0; ; followed++) {
      HttpResult result = sendOnce(current);
      Optional<String> location = result.header("Location");
      if (!Redirects.isRedirect(result.status()) || location.isEmpty()) {
        return result;
      }
      HttpCall next;
      try {
        next = Redirects.follow(current, result.status(), location.get(), followed);
      } catch (RuntimeException e) {
        result.close();
        throw e;
      }
      Bodies.discard(result.body(), Bodies.DRAIN_LIMIT);
      LOG.debug("{} {} -> HTTP {}: following redirect to {} {}", current.method(), current.redactedUri(),
          result.status(), next.method(), next.redactedUri());
      current = next;
    }
  }

  /** Drops the JDK client; calling it again does nothing. */
  @Override
  public void close() {
    if (client.getAndSet(null) != null) {
      LOG.debug("JDK HTTP transport closed");
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[" + (client.get() == null ? "closed" : "open") + "]";
  }

  private HttpResult sendOnce(HttpCall call) {
    HttpClient http = client.get();
    if (http == null) {
      throw new IllegalStateException("This HTTP transport is closed; create a new client to send " + call);
    }
    HttpRequest request = toRequest(call);
    HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofPublisher());
    } catch (IOException e) {
      Duration timeout = call.timeout().orElse(config.requestTimeout());
      String message = Failures.describeNoResponse(call.uri(), e, config.connectTimeout(), timeout, via(call.uri()));
      LOG.debug("{} {} -> no response: {}", call.method(), call.redactedUri(), message);
      throw new TciaIoException(message, noResponse(call), e, Failures.isTimeout(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TciaIoException("Interrupted while waiting for the response", noResponse(call), e, false);
    }
    Duration readTimeout = call.readTimeout().orElse(config.readTimeout());
    StreamingBody body = new StreamingBody(readTimeout, call.method() + " " + call.redactedUri());
    response.body().subscribe(body);
    LOG.debug("{} {} -> HTTP {}", call.method(), call.redactedUri(), response.statusCode());
    return new HttpResult(call, response.statusCode(), response.headers().map(), body, 1);
  }

  private HttpRequest toRequest(HttpCall call) {
    String scheme = call.uri().getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || call.uri().getHost() == null) {
      throw new IllegalArgumentException("Request URI must be an http:// or https:// URL with a host, was "
          + call.redactedUri());
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
        .timeout(call.timeout().orElse(config.requestTimeout()))
        .method(call.method(), call.body()
            .map(HttpRequest.BodyPublishers::ofByteArray)
            .orElseGet(HttpRequest.BodyPublishers::noBody));
    for (Map.Entry<String, List<String>> header : call.headers().entrySet()) {
      if (RESTRICTED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("Header '" + header.getKey() + "' cannot be set on a request:"
            + " the HTTP client manages it (Connection, Content-Length, Expect, Host and Upgrade are reserved)");
      }
      header.getValue().forEach(value -> builder.header(header.getKey(), value));
    }
    if (call.header("User-Agent").isEmpty()) {
      builder.header("User-Agent", config.userAgent());
    }
    return builder.build();
  }

  private static RequestInfo noResponse(HttpCall call) {
    return RequestInfo.noResponse(call.method(), call.redactedUri(), 1);
  }

  /** Describes the proxy a URI goes through, for failure messages; empty when direct. */
  private String via(URI uri) {
    try {
      List<Proxy> proxies = proxySelector.map(s -> s.select(uri)).orElse(List.of());
      if (!proxies.isEmpty() && proxies.get(0).type() != Proxy.Type.DIRECT
          && proxies.get(0).address() instanceof InetSocketAddress address) {
        return " via proxy " + address.getHostString() + ":" + address.getPort();
      }
    } catch (RuntimeException e) {
      LOG.debug("Proxy selector failed while describing a failure", e);
    }
    return "";
  }
}
