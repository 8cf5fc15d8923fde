package io.github.tcia4j.common.error;

/**
 * HTTP 401: the request needs a valid access token. Clients configured with credentials refresh the token once and retry before this reaches the caller.
 */
public class TciaUnauthorizedException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 401
   */
  public TciaUnauthorizedException(String message, RequestInfo request) {
    super(message, request);
  }
}
