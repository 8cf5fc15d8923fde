package io.github.tcia4j.common.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Proxy selectors for {@link io.github.tcia4j.common.ClientConfig}. */
public final class ProxySelectors {
  private ProxySelectors() {}

  /**
   * A selector that sends every request through one HTTP proxy.
   *
   * @param host the proxy host
   * @param port the proxy port
   * @return the selector
   */
  public static ProxySelector single(String host, int port) {
    Objects.requireNonNull(host, "proxy host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("proxy host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be between 1 and 65535, was " + port);
    }
    return ProxySelector.of(InetSocketAddress.createUnresolved(host, port));
  }

  /**
   * A selector that connects directly.
   *
   * @return the selector
   */
  public static ProxySelector none() {
    return new SchemeProxySelector(Map.of());
  }

  /**
   * A selector from a Python-style scheme map such as {@code {"https": "http://proxy:3128"}}.
   *
   * @param proxies scheme to proxy URL
   * @return the selector
   */
  public static ProxySelector byScheme(Map<String, String> proxies) {
    Objects.requireNonNull(proxies, "proxies");
    Map<String, Proxy> byScheme = new LinkedHashMap<>();
    proxies.forEach((scheme, url) -> {
      String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
      if (!s.equals("http") && !s.equals("https")) {
        throw new IllegalArgumentException("proxies: each key must be the URL scheme 'http' or 'https', was '"
            + scheme + "'");
      }
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("proxies: the proxy URL for '" + scheme + "' is empty; give one like"
            + " http://10.10.1.10:3128");
      }
      URI uri;
      try {
        uri = URI.create(url.contains("://") ? url : "http://" + url);
      } catch (IllegalArgumentException e) {
        // the parser's own message repeats the URL, which may hold a password: keep only its reason
        String reason = e.getCause() instanceof URISyntaxException syntax ? ": " + syntax.getReason() : "";
        throw new IllegalArgumentException("proxies: the proxy URL for '" + scheme + "' is not valid" + reason
            + "; was '" + masked(url) + "'");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("proxies: the proxy URL for '" + scheme + "' contains a user name or"
            + " password, which the JDK HTTP client cannot send to a proxy; use a proxy without login, e.g."
            + " http://10.10.1.10:3128 (was '" + masked(url) + "')");
      }
      if (uri.getHost() == null || uri.getPort() < 1) {
        throw new IllegalArgumentException("proxies: the proxy URL for '" + scheme + "' needs a host and a port,"
            + " e.g. http://10.10.1.10:3128; was '" + masked(url) + "'");
      }
      byScheme.put(s, new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort())));
    });
    return new SchemeProxySelector(byScheme);
  }

  /** Hides a user-info part ({@code user:pass@}) of a proxy URL given as text. */
  private static String masked(String url) {
    return url.replaceAll("^([^/]*//)?[^/]*@", "$1" + Redaction.MASK + "@");
  }

  private static final class SchemeProxySelector extends ProxySelector {
    private final Map<String, Proxy> byScheme;

    SchemeProxySelector(Map<String, Proxy> byScheme) {
      this.byScheme = Map.copyOf(byScheme);
    }

    @Override
    public List<Proxy> select(URI uri) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      Proxy p = byScheme.get(scheme);
      return List.of(p == null ? Proxy.NO_PROXY : p);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
      // nothing to remember: the JDK client reports the failure to the caller
    }

    @Override
    public String toString() {
      return byScheme.isEmpty() ? "direct" : "proxies" + byScheme;
    }
  }
}
