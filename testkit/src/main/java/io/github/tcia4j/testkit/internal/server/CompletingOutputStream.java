package io.github.tcia4j.testkit.internal.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Counts body bytes and holds the last one back until {@link #close()}, where it first reports
 * the total and only then writes that byte. A client therefore cannot have the whole body before
 * the request is in the log, so tests may read the log right after a call returns.
 */
public final class CompletingOutputStream extends FilterOutputStream {
  private final LongConsumer onComplete;
  private long written;
  private int pending = -1;
  private boolean closed;

  /**
   * Wraps a stream.
   *
   * @param out the connection's body stream
   * @param onComplete told the total byte count just before the last byte goes out
   */
  public CompletingOutputStream(OutputStream out, LongConsumer onComplete) {
    super(Objects.requireNonNull(out, "out"));
    this.onComplete = Objects.requireNonNull(onComplete, "onComplete");
  }

  /**
   * The bytes accepted so far (including the held-back one).
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return;
    }
    if (pending >= 0) {
      out.write(pending);
    }
    out.write(b, off, len - 1);
    pending = b[off + len - 1] & 0xFF;
    written += len;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    onComplete.accept(written);
    if (pending >= 0) {
      out.write(pending);
      pending = -1;
    }
    out.close();
  }
}
