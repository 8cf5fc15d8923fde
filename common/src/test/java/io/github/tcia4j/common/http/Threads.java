package io.github.tcia4j.common.http;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waiting helpers for tests that coordinate threads; deadlines are generous. */
public final class Threads {
  /** How long a test waits for another thread before failing. */
  public static final Duration DEADLINE = Duration.ofSeconds(20);

  private Threads() {}

  /**
   * Waits until a condition holds, failing after {@link #DEADLINE}.
   *
   * @param what the condition, for the failure message
   * @param condition the condition
   */
  public static void awaitCondition(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  /**
   * Waits until every thread is blocked (waiting, timed waiting or parked) or finished.
   *
   * @param threads the threads
   */
  public static void awaitBlocked(Collection<Thread> threads) {
    awaitCondition("all threads block", () -> threads.stream().allMatch(t -> {
      Thread.State state = t.getState();
      return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
          || state == Thread.State.TERMINATED;
    }));
  }

  /**
   * Joins a thread, failing after {@link #DEADLINE}.
   *
   * @param thread the thread
   * @throws InterruptedException when the test thread is interrupted
   */
  public static void join(Thread thread) throws InterruptedException {
    thread.join(DEADLINE.toMillis());
    if (thread.isAlive()) {
      throw new AssertionError("Thread " + thread.getName() + " did not finish");
    }
  }
}
