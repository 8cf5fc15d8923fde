package io.github.tcia4j.common.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A sleeper that records the waits instead of sleeping, optionally interrupted on a given wait. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();
  private int interruptOnWait = -1;
  private Consumer<Duration> onSleep = d -> { };

  /**
   * Runs an action on every wait, e.g. to advance a {@link MutableClock}.
   *
   * @param action what to do with each wait
   * @return this sleeper
   */
  public RecordingSleeper onSleep(Consumer<Duration> action) {
    this.onSleep = action;
    return this;
  }

  /**
   * Makes the n-th wait (from 1) throw {@link InterruptedException}.
   *
   * @param n which wait
   * @return this sleeper
   */
  public RecordingSleeper interruptOnWait(int n) {
    this.interruptOnWait = n;
    return this;
  }

  @Override
  public synchronized void sleep(Duration duration) throws InterruptedException {
    waits.add(duration);
    onSleep.accept(duration);
    if (waits.size() == interruptOnWait) {
      throw new InterruptedException("test interrupt");
    }
  }

  /**
   * Returns the waits so far.
   *
   * @return a copy, in order
   */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
