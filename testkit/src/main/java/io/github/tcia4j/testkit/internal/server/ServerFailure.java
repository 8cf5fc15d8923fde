package io.github.tcia4j.testkit.internal.server;

/**
 * Makes the sandbox answer like an uncaught exception on the real server: 500 {@code text/plain}
 * {@code Server was not able to process your request\n<message>}. A {@code null} message prints
 * as {@code null} (the server's NullPointerException case).
 */
public final class ServerFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String serverMessage;

  private ServerFailure(String serverMessage) {
    super(serverMessage == null ? "NullPointerException on the emulated server" : serverMessage);
    this.serverMessage = serverMessage;
  }

  /**
   * The failure the real server shows for a NullPointerException (message {@code null}).
   *
   * @return the exception
   */
  public static ServerFailure nullPointer() {
    return new ServerFailure(null);
  }

  /**
   * A failure with the exception message the real server would show.
   *
   * @param message the message
   * @return the exception
   */
  public static ServerFailure withMessage(String message) {
    return new ServerFailure(message);
  }

  /**
   * The message printed after the fixed text.
   *
   * @return the message, or {@code null}
   */
  public String serverMessage() {
    return serverMessage;
  }
}
