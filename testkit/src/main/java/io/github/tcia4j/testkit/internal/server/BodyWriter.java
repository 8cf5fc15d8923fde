package io.github.tcia4j.testkit.internal.server;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a streamed response body (downloads). */
@FunctionalInterface
public interface BodyWriter {

  /**
   * Writes the body. The stream is closed by the server afterwards.
   *
   * @param out the body stream, already throttled and wrapped with the request's stream fault
   * @throws IOException if writing fails (the connection is then dropped)
   */
  void writeTo(OutputStream out) throws IOException;
}
