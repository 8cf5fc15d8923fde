package io.github.tcia4j.testkit.fault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * An output stream that passes bytes through until a given offset and then suffers one
 * {@link StreamFaultKind}: a reset (an {@link InjectedResetException}), a truncation (the rest is
 * discarded), a stall (a pause, then the rest), or a corrupted byte (the byte at the offset is
 * inverted). A body shorter than the offset is left alone.
 */
public final class FaultyOutputStream extends FilterOutputStream {
  private final StreamFaultKind kind;
  private final long offset;
  private final Duration stall;
  private final Sleeper sleeper;
  private final Runnable onInject;
  private long position;
  private boolean injected;
  private boolean discarding;

  /**
   * Wraps a stream.
   *
   * @param out the stream to write to
   * @param kind the fault
   * @param offset the body offset at which it happens (0 = before the first byte)
   * @param stall how long a {@link StreamFaultKind#STALL} lasts
   * @param sleeper waits for the stall
   * @param onInject told once when the fault happens
   * @throws IllegalArgumentException if the offset is negative
   */
  public FaultyOutputStream(OutputStream out, StreamFaultKind kind, long offset, Duration stall,
      Sleeper sleeper, Runnable onInject) {
    super(Objects.requireNonNull(out, "out"));
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.offset = offset;
    this.stall = Objects.requireNonNull(stall, "stall");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.onInject = Objects.requireNonNull(onInject, "onInject");
  }

  /**
   * Whether the fault has happened.
   *
   * @return true once injected
   */
  public boolean injected() {
    return injected;
  }

  /**
   * How many body bytes were offered so far (including discarded ones).
   *
   * @return the count
   */
  public long position() {
    return position;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (discarding) {
      position += len;
      return;
    }
    if (injected || position + len <= offset) {
      out.write(b, off, len);
      position += len;
      return;
    }
    int before = (int) (offset - position);
    out.write(b, off, before);
    position += before;
    int rest = len - before;
    injected = true;
    onInject.run();
    switch (kind) {
      case RESET:
        out.flush();
        throw new InjectedResetException(offset);
      case TRUNCATE:
        discarding = true;
        position += rest;
        return;
      case STALL:
        out.flush();
        try {
          sleeper.sleep(stall);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("Interrupted during an injected stall");
        }
        out.write(b, off + before, rest);
        position += rest;
        return;
      case CORRUPT:
        byte[] copy = new byte[rest];
        System.arraycopy(b, off + before, copy, 0, rest);
        copy[0] = (byte) ~copy[0];
        out.write(copy, 0, rest);
        position += rest;
        return;
      default:
        throw new IllegalStateException("Unhandled stream fault " + kind);
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
