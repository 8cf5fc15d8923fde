package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.fault.FaultKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * Writes a streamed response body and applies the request's stream fault itself, where a plain
 * {@link BodyWriter} leaves it to the server. The zip downloads use it to place a fault inside a
 * DICOM entry (and to corrupt an entry before compression, so the zip stays valid).
 */
@FunctionalInterface
public interface FaultAwareBodyWriter {

  /**
   * Writes the body. The stream is closed by the server afterwards; returning normally ends the
   * response cleanly (also after a deliberate truncation).
   *
   * @param out the body stream, already throttled but without any stream fault
   * @param onInject to be told the kind of the stream fault when it happens (request log and
   *     counters)
   * @throws IOException if writing fails or a reset is injected (the connection is then dropped)
   */
  void writeTo(OutputStream out, Consumer<FaultKind> onInject) throws IOException;
}
