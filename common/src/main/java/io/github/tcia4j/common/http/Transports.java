package io.github.tcia4j.common.http;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.internal.JdkHttpTransport;
import java.util.Objects;

/**
 * Assembles the standard transport chain from a {@link ClientConfig}:
 *
 * <pre>
 * RetryingTransport            retries, backoff, Retry-After   (config.retryPolicy(), clock(), sleeper())
 *   ConcurrencyLimitingTransport  at most maxConcurrency requests in flight
 *     base                     config.transport(), or the JDK HttpClient transport
 * </pre>
 *
 * <p>The JDK transport applies the connect, request and read timeouts, the proxy, the user agent
 * and the redirect rules of the configuration. Retries sit outside the limit, so a request waiting
 * to retry does not hold a slot.
 */
public final class Transports {
  private Transports() {}

  /**
   * Builds the standard chain. Closing the returned transport closes the base transport (also a
   * custom one set with {@link ClientConfig.Builder#transport(Transport)}); closing it twice does
   * nothing more.
   *
   * @param config the client configuration
   * @return the transport to send every request through
   */
  public static Transport create(ClientConfig config) {
    Objects.requireNonNull(config, "config");
    Transport base = config.transport().orElseGet(() -> new JdkHttpTransport(config));
    Transport limited = new ConcurrencyLimitingTransport(base, config.maxConcurrency());
    return retrying(limited, config);
  }

  private static Transport retrying(Transport inner, ClientConfig config) {
    return new RetryingTransport(inner, config.retryPolicy(), config.clock(), config.sleeper());
  }
}
