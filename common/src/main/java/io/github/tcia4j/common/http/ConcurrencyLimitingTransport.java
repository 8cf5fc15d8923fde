package io.github.tcia4j.common.http;

import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaIoException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A decorator that lets at most {@code maxConcurrency} requests be in flight at once. A request
 * holds its slot from the moment it is sent until its response body is closed, so a streamed
 * download counts for as long as it runs.
 *
 * <p>Callers beyond the limit wait in arrival order (a fair semaphore). The wait can be
 * interrupted: the interrupt flag stays set and a {@link TciaIoException} is thrown. The slot is
 * released exactly once, when the body is closed (closing twice does not release twice) or when
 * the inner transport throws; a caller that never closes a result keeps its slot.
 *
 * <p>Thread-safe.
 */
public final class ConcurrencyLimitingTransport implements Transport {
  private final Transport inner;
  private final int maxConcurrency;
  private final Semaphore permits;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the decorator.
   *
   * @param inner the transport that sends the requests
   * @param maxConcurrency how many requests may be in flight at once, at least 1
   */
  public ConcurrencyLimitingTransport(Transport inner, int maxConcurrency) {
    this.inner = Objects.requireNonNull(inner, "inner");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
    }
    this.maxConcurrency = maxConcurrency;
    this.permits = new Semaphore(maxConcurrency, true);
  }

  /**
   * Returns the limit.
   *
   * @return how many requests may be in flight at once
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Returns how many requests hold a slot now (sent, body not yet closed).
   *
   * @return a number from 0 to {@link #maxConcurrency()}
   */
  public int inFlight() {
    return maxConcurrency - permits.availablePermits();
  }

  /**
   * Waits for a free slot, then sends the request. The returned result's body releases the slot
   * when closed.
   *
   * @param call the request
   * @return the response
   * @throws TciaIoException when the wait for a slot was interrupted, or the inner transport got
   *     no response
   */
  @Override
  public HttpResult send(HttpCall call) {
    Objects.requireNonNull(call, "call");
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TciaIoException("Interrupted while waiting for one of the " + maxConcurrency
          + " request slots (maxConcurrency)", RequestInfo.noResponse(call.method(), call.redactedUri(), 0), e, false);
    }
    Permit permit = new Permit();
    try {
      HttpResult result = inner.send(call);
      return result.withBody(new PermitReleasingStream(result.body(), permit));
    } catch (RuntimeException | Error e) {
      permit.release();
      throw e;
    }
  }

  /** Closes the inner transport; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      inner.close();
    }
  }

  @Override
  public String toString() {
    return "ConcurrencyLimitingTransport[max=" + maxConcurrency + " -> " + inner + "]";
  }

  /** One acquired slot, released at most once. */
  private final class Permit {
    private final AtomicBoolean released = new AtomicBoolean();

    void release() {
      if (released.compareAndSet(false, true)) {
        permits.release();
      }
    }
  }

  /** The body of a limited response: closing it releases the slot. */
  private static final class PermitReleasingStream extends FilterInputStream {
    private final Permit permit;

    PermitReleasingStream(InputStream body, Permit permit) {
      super(body);
      this.permit = permit;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        permit.release();
      }
    }
  }
}
