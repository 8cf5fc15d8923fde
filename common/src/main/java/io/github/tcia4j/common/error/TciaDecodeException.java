package io.github.tcia4j.common.error;

/**
 * The server answered with a success status, but the body could not be read as the expected
 * format (for example HTML where JSON was expected, or a truncated document).
 */
public class TciaDecodeException extends TciaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a body that is not tied to a known request.
   *
   * @param message what was expected and what was found
   * @param cause the parser's exception, may be {@code null}
   */
  public TciaDecodeException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception for the body of a request.
   *
   * @param message what was expected and what was found
   * @param request the request whose body failed to decode
   * @param cause the parser's exception, may be {@code null}
   */
  public TciaDecodeException(String message, RequestInfo request, Throwable cause) {
    super(message, request, cause);
  }
}
