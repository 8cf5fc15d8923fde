package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.download.DownloadListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Counts the body bytes of one series and passes them to the listener in batches of at least
 * {@value #BATCH} bytes (and the remainder on {@link #flush()}), so a progress display is not
 * called for every small read.
 */
public final class ByteProgress implements LongConsumer {
  /** The smallest batch reported before the end. */
  public static final int BATCH = 64 * 1024;

  private final String seriesUid;
  private final DownloadListener listener;
  private final AtomicLong total;
  private long pending;

  /**
   * Creates the counter.
   *
   * @param seriesUid the series
   * @param listener the listener
   * @param total the series' running total, shared over attempts
   */
  public ByteProgress(String seriesUid, DownloadListener listener, AtomicLong total) {
    this.seriesUid = seriesUid;
    this.listener = listener;
    this.total = total;
  }

  @Override
  public void accept(long n) {
    total.addAndGet(n);
    pending += n;
    if (pending >= BATCH) {
      flush();
    }
  }

  /** Reports the bytes not reported yet. */
  public void flush() {
    if (pending > 0) {
      long n = pending;
      pending = 0;
      listener.bytes(seriesUid, n);
    }
  }
}
