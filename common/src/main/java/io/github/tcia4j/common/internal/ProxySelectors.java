package io.github.tcia4j.common.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
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
        throw new IllegalArgumentException("proxy scheme must be 'http' or 'https', was '" + scheme + "'");
      }
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("proxy URL for '" + scheme + "' is empty");
      }
      URI uri;
      try {
        uri = URI.create(url.contains("://") ? url : "http://" + url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("proxy URL for '" + scheme + "' is not valid: '" + url + "'", e);
      }
      if (uri.getHost() == null || uri.getPort() < 1) {
        throw new IllegalArgumentException("proxy URL for '" + scheme + "' needs a host and a port, e.g."
            + " http://10.10.1.10:3128; was '" + url + "'");
      }
      byScheme.put(s, new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort())));
    });
    return new SchemeProxySelector(byScheme);
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
