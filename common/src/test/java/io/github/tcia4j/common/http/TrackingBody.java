package io.github.tcia4j.common.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A body over fixed bytes that counts how often it was closed and how much was read. */
public final class TrackingBody extends ByteArrayInputStream {
  private final AtomicInteger closes = new AtomicInteger();
  private final int length;

  /**
   * Creates the body.
   *
   * @param text the body text (UTF-8)
   */
  public TrackingBody(String text) {
    this(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates the body.
   *
   * @param bytes the body bytes
   */
  public TrackingBody(byte[] bytes) {
    super(bytes);
    this.length = bytes.length;
  }

  @Override
  public void close() {
    closes.incrementAndGet();
  }

  /**
   * Returns how often {@link #close()} was called.
   *
   * @return the count
   */
  public int closes() {
    return closes.get();
  }

  /**
   * Returns how many bytes were read so far.
   *
   * @return the count
   */
  public synchronized int bytesRead() {
    return length - available();
  }
}
