package io.github.tcia4j.common.error;

/**
 * An access token could not be obtained or refreshed: wrong user name or password, an unknown
 * client id, an unreachable token endpoint, or a token the server keeps rejecting. The message
 * never contains a password or a token.
 */
public class TciaAuthenticationException extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and how to fix it
   * @param request the token request or the rejected request, may be {@code null}
   * @param cause the underlying failure, may be {@code null}
   */
  public TciaAuthenticationException(String message, RequestInfo request, Throwable cause) {
    super(message, request, cause);
  }
}
