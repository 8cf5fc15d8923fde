package io.github.tcia4j.common.auth;

import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Transport;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Transport} decorator that sends an OAuth2 access token with every request.
 *
 * <p>Each request gets an {@code Authorization: Bearer <token>} header from an
 * {@link OAuthTokenManager}, unless it already carries an {@code Authorization} header, which is
 * left untouched. When the server answers HTTP 401, the response is closed, the token is renewed
 * and the request is sent once more with the new token, whatever its method: a 401 means the server
 * refused the request without acting on it. A second 401 is returned as it is, so that the
 * caller's {@link HttpResult#requireSuccess(String)} turns it into an exception.
 *
 * <p>Thread-safe when the wrapped transport is.
 */
public final class AuthenticatingTransport implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticatingTransport.class);
  private static final String AUTHORIZATION = "Authorization";
  private static final int UNAUTHORIZED = 401;

  private final Transport inner;
  private final OAuthTokenManager tokens;

  /**
   * Creates the decorator.
   *
   * @param inner the transport that sends the authenticated requests
   * @param tokens where the tokens come from
   */
  public AuthenticatingTransport(Transport inner, OAuthTokenManager tokens) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * Wraps a transport so that its requests carry access tokens.
   *
   * @param inner the transport that sends the authenticated requests
   * @param tokens where the tokens come from
   * @return the decorated transport
   */
  public static Transport wrap(Transport inner, OAuthTokenManager tokens) {
    return new AuthenticatingTransport(inner, tokens);
  }

  /**
   * Sends the request with a bearer token, renewing the token and resending once after HTTP 401.
   *
   * @param call the request
   * @return the response (a 401 only when the renewed token was refused too)
   * @throws io.github.tcia4j.common.error.TciaAuthenticationException when no token could be
   *     obtained
   * @throws io.github.tcia4j.common.error.TciaIoException when no response arrived
   */
  @Override
  public HttpResult send(HttpCall call) {
    Objects.requireNonNull(call, "call");
    if (call.header(AUTHORIZATION).isPresent()) {
      return inner.send(call);
    }
    String token = tokens.accessToken();
    HttpResult first = inner.send(withToken(call, token));
    if (first.status() != UNAUTHORIZED) {
      return first;
    }
    first.close();
    LOG.debug("{} was refused with HTTP 401; renewing the access token and sending it once more", call);
    String renewed = tokens.renewAfterRejection(token);
    HttpResult second = inner.send(withToken(call, renewed));
    if (second.status() == UNAUTHORIZED) {
      LOG.debug("{} was refused with HTTP 401 again, with a renewed access token", call);
    }
    return second;
  }

  /** Closes the wrapped transport. */
  @Override
  public void close() {
    inner.close();
  }

  @Override
  public String toString() {
    return "AuthenticatingTransport[" + tokens + " over " + inner + "]";
  }

  private static HttpCall withToken(HttpCall call, String token) {
    return call.withHeader(AUTHORIZATION, "Bearer " + token);
  }
}
