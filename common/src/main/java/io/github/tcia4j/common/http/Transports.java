package io.github.tcia4j.common.http;

import io.github.tcia4j.common.ClientConfig;
import io.github.tcia4j.common.auth.AuthenticatingTransport;
import io.github.tcia4j.common.auth.OAuthTokenManager;
import io.github.tcia4j.common.internal.JdkHttpTransport;
import java.util.Objects;

/**
 * Assembles the standard transport chain from a {@link ClientConfig}:
 *
 * <pre>
 * RetryingTransport                retries, backoff, Retry-After (config.retryPolicy(), clock(), sleeper())
 *   AuthenticatingTransport        bearer token, one renewal after 401   (only when config.oauth() is set)
 *     ConcurrencyLimitingTransport at most maxConcurrency requests in flight
 *       base                       config.transport(), or the JDK HttpClient transport
 * </pre>
 *
 * <p>With {@link ClientConfig#oauth()} set, each chain gets its own {@link OAuthTokenManager}, so
 * two clients (for example NBIA and NLST) never share a token. Token requests go through the
 * retrying and limited part of the chain, without the token decorator.
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
    Transport authenticated = config.oauth()
        .map(oauth -> AuthenticatingTransport.wrap(limited,
            new OAuthTokenManager(oauth, retrying(limited, config), config.clock())))
        .orElse(limited);
    return retrying(authenticated, config);
  }

  private static Transport retrying(Transport inner, ClientConfig config) {
    return new RetryingTransport(inner, config.retryPolicy(), config.clock(), config.sleeper());
  }
}
