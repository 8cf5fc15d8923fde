package io.github.tcia4j.testkit.fault;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An output stream that writes through one or more {@link TokenBucket}s (the connection's cap and
 * the sandbox-wide cap), in chunks of at most 16 KiB so that the rate stays smooth.
 */
public final class ThrottledOutputStream extends FilterOutputStream {
  private static final int CHUNK = 16 * 1024;
  private final List<TokenBucket> buckets;
  private final Consumer<Duration> onWait;

  /**
   * Wraps a stream.
   *
   * @param out the stream to write to
   * @param buckets the buckets every chunk must pass; empty for no cap
   * @param onWait told how long each throttled chunk waited (for the counters)
   */
  public ThrottledOutputStream(OutputStream out, List<TokenBucket> buckets,
      Consumer<Duration> onWait) {
    super(Objects.requireNonNull(out, "out"));
    this.buckets = List.copyOf(buckets);
    this.onWait = Objects.requireNonNull(onWait, "onWait");
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    int pos = off;
    int end = off + len;
    while (pos < end) {
      int n = Math.min(CHUNK, end - pos);
      Duration waited = Duration.ZERO;
      try {
        for (TokenBucket bucket : buckets) {
          waited = waited.plus(bucket.acquire(n));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while throttling the response body");
      }
      if (!waited.isZero()) {
        onWait.accept(waited);
      }
      out.write(b, pos, n);
      pos += n;
    }
  }
}
