package io.github.tcia4j.common.internal;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.http.HttpCall;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The redirect rules of the JDK transport, which follows redirects itself (the JDK client's own
 * policy would forward the {@code Authorization} header to any host):
 * <ul>
 *   <li>301, 302 and 303 continue with GET and no body (HEAD stays HEAD); 307 and 308 keep the
 *       method and the body;
 *   <li>when the host or the port changes, the {@code Authorization} and {@code Cookie} headers are
 *       dropped, so a token never reaches another server;
 *   <li>a redirect from https to plain http is refused, as is a Location that is not an http(s)
 *       URL;
 *   <li>at most {@link #MAX_REDIRECTS} redirects are followed per request.
 * </ul>
 * A refused redirect is a {@link TciaException} (not a {@code TciaIoException}): retrying would
 * not change the server's answer.
 */
public final class Redirects {
  /** The most redirects followed for one request. */
  public static final int MAX_REDIRECTS = 5;

  private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
  private static final Set<String> ORIGIN_BOUND_HEADERS = Set.of("authorization", "cookie");
  private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-encoding", "content-language");

  private Redirects() {}

  /**
   * Tells whether a status is a redirect this transport follows.
   *
   * @param status the HTTP status
   * @return {@code true} for 301, 302, 303, 307 and 308
   */
  public static boolean isRedirect(int status) {
    return REDIRECT_STATUSES.contains(status);
  }

  /**
   * Builds the request that follows a redirect.
   *
   * @param current the request that was answered with a redirect
   * @param status the redirect status
   * @param location the {@code Location} header, absolute or relative to {@code current}
   * @param followedSoFar how many redirects were already followed for this request
   * @return the next request
   * @throws TciaException when the redirect limit is reached, the location is not a valid http(s)
   *     URL, or it would downgrade https to http
   */
  public static HttpCall follow(HttpCall current, int status, String location, int followedSoFar) {
    RequestInfo info = new RequestInfo(current.method(), current.redactedUri(), status, "", 0);
    URI next = resolve(current, location, info);
    if (followedSoFar >= MAX_REDIRECTS) {
      throw new TciaException("Too many redirects: gave up after following " + MAX_REDIRECTS
          + " (the next one pointed to " + Redaction.uri(next) + "). Check the base URL.", info, null);
    }
    String fromScheme = current.uri().getScheme().toLowerCase(Locale.ROOT);
    String toScheme = next.getScheme().toLowerCase(Locale.ROOT);
    if (fromScheme.equals("https") && toScheme.equals("http")) {
      throw new TciaException("Refusing to follow a redirect from https to plain http ("
          + Redaction.uri(next) + "): the request would travel unencrypted. Use an https URL that"
          + " does not redirect, or the http URL directly if you accept that.", info, null);
    }
    boolean keepMethod = status == 307 || status == 308 || current.method().equals("HEAD");
    String method = keepMethod ? current.method() : "GET";
    Optional<byte[]> body = keepMethod ? current.body() : Optional.empty();
    boolean sameOrigin = sameHostAndPort(current.uri(), next);

    HttpCall.Builder builder = HttpCall.method(method, next).idempotent(current.idempotent());
    for (Map.Entry<String, List<String>> header : current.headers().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if ((!sameOrigin && ORIGIN_BOUND_HEADERS.contains(name)) || (body.isEmpty() && BODY_HEADERS.contains(name))) {
        continue;
      }
      header.getValue().forEach(value -> builder.header(header.getKey(), value));
    }
    body.ifPresent(bytes -> builder.body(bytes, current.header("Content-Type").orElse("application/octet-stream")));
    current.timeout().ifPresent(builder::timeout);
    current.readTimeout().ifPresent(builder::readTimeout);
    return builder.build();
  }

  /**
   * Tells whether two URIs name the same host and port (default ports filled in).
   *
   * @param a one URI
   * @param b another URI
   * @return {@code true} when host (ignoring case) and effective port match
   */
  public static boolean sameHostAndPort(URI a, URI b) {
    return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
  }

  private static URI resolve(HttpCall current, String location, RequestInfo info) {
    URI next;
    try {
      next = current.uri().resolve(location.trim());
    } catch (IllegalArgumentException e) {
      // the parser's message repeats the raw location, which may hold secrets: leave it out
      throw new TciaException("The server redirected to a Location header that is not a valid URL;"
          + " not following it.", info, null);
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
      throw new TciaException("The server redirected to " + Redaction.uri(next)
          + ", which is not an http(s) URL with a host; not following it.", info, null);
    }
    return next;
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
