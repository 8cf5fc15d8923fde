package io.github.tcia4j.common.error;

/**
 * HTTP 400: the server rejected the request as malformed. For NBIA this usually means a misspelled or wrong-case parameter name, a missing required parameter, or a series you may not access; {@link #bodySnippet()} holds the server's explanation.
 */
public class TciaBadRequestException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 400
   */
  public TciaBadRequestException(String message, RequestInfo request) {
    super(message, request);
  }
}
