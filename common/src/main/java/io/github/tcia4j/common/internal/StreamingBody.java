package io.github.tcia4j.common.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body as a blocking {@link InputStream}, fed by the JDK client's
 * {@code Flow.Publisher<List<ByteBuffer>>}.
 *
 * <p>It adds what the JDK's own {@code ofInputStream()} lacks:
 * <ul>
 *   <li>a <b>read timeout</b>: {@link #read()} waits at most the read timeout for the next chunk,
 *       then cancels the subscription and throws a {@link SocketTimeoutException} saying how long
 *       no data came; every later read throws the same failure again;
 *   <li><b>bounded memory</b>: it requests chunks in batches of at most {@code batchSize} and asks
 *       for more only as the reader consumes them, so a slow reader never buffers more than one
 *       batch;
 *   <li>a <b>prompt close</b>: {@link #close()} cancels the subscription (the JDK then drops the
 *       connection if the body was not complete), frees the buffered chunks and wakes up a reader
 *       blocked in another thread.
 * </ul>
 *
 * <p>One thread reads; {@link #close()} may be called from any thread.
 */
public final class StreamingBody extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
  /** The default number of chunks requested at a time. */
  public static final int DEFAULT_BATCH_SIZE = 8;

  private static final Object END = new Object();
  private static final Object CLOSED = new Object();
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  private final Duration readTimeout;
  private final String description;
  private final int batchSize;
  private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Flow.Subscription subscription;

  // chunks received but not yet read; close() empties them from any thread
  private final Queue<ByteBuffer> pending = new ConcurrentLinkedQueue<>();
  private volatile ByteBuffer current = EMPTY;
  // reader-side state, touched only by the reading thread
  private int consumedSinceRequest;
  private boolean ended;
  private IOException failure;

  /**
   * Creates a body that requests {@link #DEFAULT_BATCH_SIZE} chunks at a time.
   *
   * @param readTimeout the longest wait for the next chunk, positive
   * @param description what the body belongs to, for messages, e.g. {@code GET <redacted URL>}
   */
  public StreamingBody(Duration readTimeout, String description) {
    this(readTimeout, description, DEFAULT_BATCH_SIZE);
  }

  /**
   * Creates a body.
   *
   * @param readTimeout the longest wait for the next chunk, positive
   * @param description what the body belongs to, for messages, e.g. {@code GET <redacted URL>}
   * @param batchSize how many chunks to request at a time, at least 1
   */
  public StreamingBody(Duration readTimeout, String description, int batchSize) {
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.readTimeout = readTimeout;
    this.description = Objects.requireNonNull(description, "description");
    this.batchSize = batchSize;
  }

  // ---- Flow.Subscriber side (called by the HTTP client's threads) ----

  @Override
  public void onSubscribe(Flow.Subscription s) {
    Objects.requireNonNull(s, "subscription");
    if (subscription != null) {
      s.cancel();
      return;
    }
    subscription = s;
    if (closed.get()) {
      s.cancel();
    } else {
      s.request(batchSize);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    if (!closed.get()) {
      signals.offer(item);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    signals.offer(throwable);
  }

  @Override
  public void onComplete() {
    signals.offer(END);
  }

  // ---- InputStream side (called by the reader) ----

  @Override
  public int read() throws IOException {
    ByteBuffer buffer = nextData(true);
    return buffer == null ? -1 : buffer.get() & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    ByteBuffer buffer = nextData(true);
    if (buffer == null) {
      return -1;
    }
    int copied = 0;
    while (buffer != null) {
      int n = Math.min(len - copied, buffer.remaining());
      buffer.get(b, off + copied, n);
      copied += n;
      buffer = copied < len ? nextData(false) : null;
    }
    return copied;
  }

  @Override
  public int available() throws IOException {
    if (closed.get()) {
      throw closedException();
    }
    int sum = current.remaining();
    for (ByteBuffer buffer : pending) {
      sum += buffer.remaining();
    }
    return sum;
  }

  /**
   * Cancels the subscription, drops the buffered chunks and wakes up a blocked reader. Calling it
   * again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    signals.clear();
    signals.offer(CLOSED);
    pending.clear();
    current = EMPTY;
  }

  /**
   * Returns a buffer holding unread bytes, fetching the next chunk when needed.
   *
   * @param block whether to wait for the next chunk
   * @return a buffer with remaining bytes, or {@code null} at the end of the body (or, when not
   *     blocking, when no chunk is ready yet)
   */
  private ByteBuffer nextData(boolean block) throws IOException {
    while (true) {
      if (closed.get()) {
        throw closedException();
      }
      if (failure != null) {
        throw failure;
      }
      ByteBuffer buffer = current;
      if (buffer.hasRemaining()) {
        return buffer;
      }
      ByteBuffer next = pending.poll();
      if (next != null) {
        current = next;
        continue;
      }
      if (ended) {
        return null;
      }
      Object signal = block ? take() : signals.poll();
      if (signal == null) {
        return null;
      }
      accept(signal);
    }
  }

  private Object take() throws IOException {
    try {
      Object signal = signals.poll(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
      if (signal == null) {
        failure = new SocketTimeoutException("Response body stalled: no data for "
            + Durations.seconds(readTimeout) + " s (read timeout) from " + description
            + "; the download was aborted");
        cancel();
        throw failure;
      }
      return signal;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException(
          "Interrupted while waiting for the response body of " + description);
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  @SuppressWarnings("unchecked")
  private void accept(Object signal) throws IOException {
    if (signal == END) {
      ended = true;
    } else if (signal == CLOSED) {
      throw closedException();
    } else if (signal instanceof Throwable t) {
      failure = new IOException("Reading the response body of " + description + " failed: "
          + Failures.describeCause(t), t);
      throw failure;
    } else {
      for (ByteBuffer buffer : (List<ByteBuffer>) signal) {
        if (buffer.hasRemaining()) {
          pending.add(buffer);
        }
      }
      consumedSinceRequest++;
      if (consumedSinceRequest >= Math.max(1, batchSize / 2)) {
        Flow.Subscription s = subscription;
        if (s != null) {
          s.request(consumedSinceRequest);
        }
        consumedSinceRequest = 0;
      }
    }
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    signals.clear();
    pending.clear();
    current = EMPTY;
  }

  private IOException closedException() {
    return new IOException("The response body of " + description + " is closed");
  }
}
