package io.github.tcia4j.testkit.fault;

import java.io.IOException;

/** Thrown by a {@link FaultyOutputStream} to cut a connection in the middle of a body. */
public final class InjectedResetException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param offset the body offset at which the connection is cut
   */
  public InjectedResetException(long offset) {
    super("Sandbox fault: connection reset after " + offset + " body bytes");
  }
}
