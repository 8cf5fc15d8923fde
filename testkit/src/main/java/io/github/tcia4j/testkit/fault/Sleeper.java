package io.github.tcia4j.testkit.fault;

import java.time.Duration;

/**
 * Waits for a while. Injected latency, stalls and bandwidth caps wait through it, so tests can
 * inject a sleeper that records the delays (and advances a fake clock) instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real sleeper: {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM = duration -> {
    if (!duration.isNegative() && !duration.isZero()) {
      long nanos = duration.toNanos();
      Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
    }
  };

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting (the sandbox
   *     interrupts its threads when it closes)
   */
  void sleep(Duration duration) throws InterruptedException;
}
