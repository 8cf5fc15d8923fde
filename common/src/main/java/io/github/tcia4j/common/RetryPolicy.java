package io.github.tcia4j.common;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how often a failed request is tried again. Immutable; build one with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <p>Only idempotent requests are retried, and only after a failure that is likely transient: no
 * response at all (connection refused or reset, timeout), or one of the statuses in
 * {@link #retryStatuses()} (by default 408, 429, 500, 502, 503, 504). The wait before attempt
 * {@code n + 1} is {@code initialDelay * multiplier^(n-1)}, capped at {@link #maxDelay()}, minus a
 * random share of up to {@link #jitter()} of it so that parallel clients do not retry in step. A
 * {@code Retry-After} header from the server replaces the computed wait; if it asks for more
 * than {@link #maxRetryAfter()}, the client gives up at once instead of hanging.
 *
 * @param maxAttempts the total number of attempts including the first, at least 1
 * @param initialDelay the wait after the first failure
 * @param maxDelay the longest computed wait
 * @param multiplier the growth factor of the wait, at least 1
 * @param jitter the share of each wait that is randomised, from 0 (none) to 1
 * @param retryStatuses the HTTP statuses worth retrying
 * @param maxRetryAfter the longest {@code Retry-After} the client agrees to wait
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialDelay,
    Duration maxDelay,
    double multiplier,
    double jitter,
    Set<Integer> retryStatuses,
    Duration maxRetryAfter) {

  /** The statuses retried by default: request timeout, too many requests and transient 5xx. */
  public static final Set<Integer> DEFAULT_RETRY_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  /**
   * Validates the policy.
   *
   * @param maxAttempts the total number of attempts
   * @param initialDelay the first wait
   * @param maxDelay the longest computed wait
   * @param multiplier the growth factor
   * @param jitter the randomised share
   * @param retryStatuses the statuses to retry
   * @param maxRetryAfter the longest accepted {@code Retry-After}
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 (1 means no retry), was " + maxAttempts);
    }
    requireNotNegative(initialDelay, "initialDelay");
    requireNotNegative(maxDelay, "maxDelay");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
    Objects.requireNonNull(retryStatuses, "retryStatuses");
    for (Integer s : retryStatuses) {
      if (s == null || s < 100 || s > 599) {
        throw new IllegalArgumentException("retryStatuses must hold HTTP statuses (100-599), found " + s);
      }
    }
    retryStatuses = Set.copyOf(new TreeSet<>(retryStatuses));
  }

  /**
   * Returns the default policy: 4 attempts, waits of 0.5 s, 1 s, 2 s (capped at 20 s) with 25 %
   * jitter, the default statuses, and {@code Retry-After} honoured up to 5 minutes.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a policy that never retries.
   *
   * @return the single-attempt policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Starts a builder holding the default values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialDelay(initialDelay)
        .maxDelay(maxDelay)
        .multiplier(multiplier)
        .jitter(jitter)
        .retryStatuses(retryStatuses)
        .maxRetryAfter(maxRetryAfter);
  }

  /**
   * Tells whether a status is worth retrying under this policy.
   *
   * @param status an HTTP status
   * @return {@code true} when it is in {@link #retryStatuses()}
   */
  public boolean isRetryable(int status) {
    return retryStatuses.contains(status);
  }

  /**
   * Computes the wait after a failed attempt.
   *
   * @param failedAttempt the number of the attempt that just failed, from 1
   * @param random a number in {@code [0, 1)} that picks the jitter; 0 gives the full wait
   * @return the wait, between {@code (1 - jitter)} and 1 times the capped exponential value
   */
  public Duration delayAfter(int failedAttempt, double random) {
    if (failedAttempt < 1) {
      throw new IllegalArgumentException("failedAttempt starts at 1, was " + failedAttempt);
    }
    double base = initialDelay.toNanos() * Math.pow(multiplier, failedAttempt - 1.0);
    double capped = Math.min(base, (double) maxDelay.toNanos());
    double r = Math.min(Math.max(random, 0.0), 1.0);
    double withJitter = capped * (1.0 - jitter * r);
    return Duration.ofNanos((long) withJitter);
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(20);
    private double multiplier = 2.0;
    private double jitter = 0.25;
    private Set<Integer> retryStatuses = DEFAULT_RETRY_STATUSES;
    private Duration maxRetryAfter = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets the total number of attempts including the first.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /**
     * Sets the wait after the first failure.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder initialDelay(Duration value) {
      this.initialDelay = value;
      return this;
    }

    /**
     * Sets the cap of the computed wait.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder maxDelay(Duration value) {
      this.maxDelay = value;
      return this;
    }

    /**
     * Sets the growth factor of the wait.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder multiplier(double value) {
      this.multiplier = value;
      return this;
    }

    /**
     * Sets the randomised share of each wait.
     *
     * @param value from 0 to 1
     * @return this builder
     */
    public Builder jitter(double value) {
      this.jitter = value;
      return this;
    }

    /**
     * Sets the HTTP statuses worth retrying.
     *
     * @param value the statuses
     * @return this builder
     */
    public Builder retryStatuses(Set<Integer> value) {
      this.retryStatuses = value;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client agrees to wait.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder maxRetryAfter(Duration value) {
      this.maxRetryAfter = value;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException when a value is out of range
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, initialDelay, maxDelay, multiplier, jitter, retryStatuses, maxRetryAfter);
    }
  }
}
