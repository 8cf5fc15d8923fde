package io.github.tcia4j.testkit.internal.server;

import io.github.tcia4j.testkit.fault.FaultPlanner;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.Sleeper;
import io.github.tcia4j.testkit.fault.TokenBucket;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The sandbox-wide fault state shared by both hosts: the current planner and the total bandwidth
 * bucket. Replacing the profile starts fresh request counters.
 */
public final class FaultState {
  private final long seed;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private volatile FaultPlanner planner;
  private volatile Optional<TokenBucket> totalBucket;

  /**
   * Creates the state.
   *
   * @param profile the initial profile
   * @param seed the sandbox seed
   * @param nanoTime the time source of the buckets
   * @param sleeper how waits happen
   */
  public FaultState(FaultProfile profile, long seed, LongSupplier nanoTime, Sleeper sleeper) {
    this.seed = seed;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    replace(profile);
  }

  /**
   * Installs a new profile (fresh request counters, a new total bucket).
   *
   * @param profile the profile
   */
  public synchronized void replace(FaultProfile profile) {
    Objects.requireNonNull(profile, "profile");
    this.totalBucket = profile.totalBytesPerSecond() > 0
        ? Optional.of(new TokenBucket(profile.totalBytesPerSecond(), nanoTime, sleeper))
        : Optional.empty();
    this.planner = new FaultPlanner(profile, seed);
  }

  /**
   * The current planner.
   *
   * @return the planner
   */
  public FaultPlanner planner() {
    return planner;
  }

  /**
   * The total bandwidth bucket, if the profile caps it.
   *
   * @return the bucket
   */
  public Optional<TokenBucket> totalBucket() {
    return totalBucket;
  }

  /**
   * The sleeper used for latency, stalls and bandwidth waits.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The time source of the buckets.
   *
   * @return nanoseconds
   */
  public LongSupplier nanoTime() {
    return nanoTime;
  }
}
