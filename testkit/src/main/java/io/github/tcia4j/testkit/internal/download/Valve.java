package io.github.tcia4j.testkit.internal.download;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The stream a download zip writes to: passes bytes on until {@link #shut()}, then silently
 * swallows them, so a truncated zip can be closed (releasing its deflater) without sending its
 * central directory. Closing flushes but never closes the response stream; the server does.
 */
final class Valve extends FilterOutputStream {
  private boolean shut;

  Valve(OutputStream out) {
    super(Objects.requireNonNull(out, "out"));
  }

  /** Sends what is buffered and drops everything written from now on. */
  void shut() throws IOException {
    if (!shut) {
      out.flush();
      shut = true;
    }
  }

  /** Drops everything written from now on without sending the buffer (the connection broke). */
  void discard() {
    shut = true;
  }

  boolean isShut() {
    return shut;
  }

  @Override
  public void write(int b) throws IOException {
    if (!shut) {
      out.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (!shut) {
      out.write(b, off, len);
    }
  }

  @Override
  public void flush() throws IOException {
    if (!shut) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
