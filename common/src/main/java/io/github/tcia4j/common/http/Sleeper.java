package io.github.tcia4j.common.http;

import java.time.Duration;

/**
 * Waits for a while. Retries use it between attempts, so tests can inject a sleeper that records
 * the delays instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real sleeper: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
