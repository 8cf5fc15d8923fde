package io.github.tcia4j.common.error;

/**
 * HTTP 404: the path does not exist on this server. Check the base URL: it must be the server root, e.g. {@code https://nbia.cancerimagingarchive.net}, without {@code /nbia-api/services}.
 */
public class TciaNotFoundException extends TciaHttpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the caller was doing
   * @param request the failed request, with status 404
   */
  public TciaNotFoundException(String message, RequestInfo request) {
    super(message, request);
  }
}
