package io.github.tcia4j.testkit.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A bandwidth limiter: tokens (bytes) refill at a fixed rate up to a burst of 50 ms worth (at
 * least 1 KiB). A writer takes the tokens it needs and, when the bucket runs short, waits until
 * they would have refilled. Thread-safe; waiting happens outside the lock, so several connections
 * share a total cap fairly.
 */
public final class TokenBucket {
  private final long bytesPerSecond;
  private final double capacity;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double available;
  private long last;

  /**
   * Creates a bucket that starts full.
   *
   * @param bytesPerSecond the rate, above zero
   * @param nanoTime the time source in nanoseconds ({@code System::nanoTime} in real use)
   * @param sleeper how to wait
   * @throws IllegalArgumentException if the rate is not positive
   */
  public TokenBucket(long bytesPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (bytesPerSecond <= 0) {
      throw new IllegalArgumentException("bytesPerSecond must be > 0, got " + bytesPerSecond);
    }
    this.bytesPerSecond = bytesPerSecond;
    this.capacity = Math.max(1024.0, bytesPerSecond / 20.0);
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.available = capacity;
    this.last = nanoTime.getAsLong();
  }

  /**
   * The rate.
   *
   * @return bytes per second
   */
  public long bytesPerSecond() {
    return bytesPerSecond;
  }

  /**
   * Reserves tokens and says how long the caller must wait before using them.
   *
   * @param bytes the number of bytes about to be written
   * @return the wait; zero when the tokens were available
   */
  public synchronized Duration reserve(long bytes) {
    long now = nanoTime.getAsLong();
    long elapsed = Math.max(0, now - last);
    last = now;
    available = Math.min(capacity, available + elapsed * (bytesPerSecond / 1e9));
    available -= bytes;
    if (available >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-available * 1e9 / bytesPerSecond));
  }

  /**
   * Takes tokens, waiting as needed.
   *
   * @param bytes the number of bytes about to be written
   * @return how long it waited
   * @throws InterruptedException if interrupted while waiting
   */
  public Duration acquire(long bytes) throws InterruptedException {
    Duration wait = reserve(bytes);
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
    return wait;
  }
}
