package io.github.tcia4j.common.error;

/**
 * HTTP 403: the server understood who is asking and refuses the request.
 */
public class TciaForbiddenException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 403
   */
  public TciaForbiddenException(String message, RequestInfo request) {
    super(message, request);
  }
}
