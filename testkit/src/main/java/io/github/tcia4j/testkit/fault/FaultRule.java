package io.github.tcia4j.testkit.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * What may go wrong on one endpoint (or on every endpoint, as a profile's default). Immutable;
 * build with {@link #builder()}.
 *
 * <p>Order of decisions for each request: the first {@code failFirst} requests, then a
 * {@code failureProbability} roll, give the error status; otherwise the first
 * {@code rateLimitFirst} requests, then a {@code rateLimitProbability} roll, give 429 with
 * {@code Retry-After}; otherwise the request is served, after {@code latency}, with its body
 * capped at {@code bytesPerSecond}, and (for streamed downloads) at most one stream fault chosen
 * by the four stream probabilities, which must add up to at most 1. The first
 * {@code streamFaultFirst} requests after the {@code failFirst} and {@code rateLimitFirst} ones
 * always get {@code firstStreamFault} instead (a "first attempt fails, the retry works" rule).
 *
 * <p>Requests are counted per host, family and endpoint; with {@code perSeries} they are counted
 * per series instead (the request's {@code SeriesInstanceUID} or {@code SeriesUID} parameter), so
 * "the first request" means the first request for each series, and the random rolls depend on the
 * series UID and that series' request count, not on how parallel downloads interleave.
 *
 * @param latency added before the response headers; zero for none
 * @param bytesPerSecond per-connection body bandwidth cap; 0 for none
 * @param failFirst how many of the endpoint's first requests get the error status
 * @param failureProbability the chance that any other request gets the error status
 * @param failureStatus the error status: 500 (NBIA's text body) or 502, 503, 504 (nginx pages)
 * @param rateLimitFirst how many of the endpoint's first requests (after failures) get 429
 * @param rateLimitProbability the chance that a request gets 429
 * @param retryAfter the {@code Retry-After} of a 429, sent in whole seconds (rounded up)
 * @param resetProbability the chance that a streamed body is cut by a dropped connection
 * @param truncateProbability the chance that a streamed body ends early but cleanly
 * @param stallProbability the chance that a streamed body pauses for {@code stallDuration}
 * @param corruptProbability the chance that one byte of a streamed body is flipped
 * @param stallDuration how long a stall lasts
 * @param streamFaultFirst how many requests right after the {@code failFirst} and
 *     {@code rateLimitFirst} ones get {@code firstStreamFault} for sure
 * @param firstStreamFault the stream fault of those requests
 * @param perSeries whether requests are counted (and rolled) per series rather than per endpoint
 */
public record FaultRule(Duration latency, long bytesPerSecond, int failFirst,
    double failureProbability, int failureStatus, int rateLimitFirst,
    double rateLimitProbability, Duration retryAfter, double resetProbability,
    double truncateProbability, double stallProbability, double corruptProbability,
    Duration stallDuration, int streamFaultFirst, StreamFaultKind firstStreamFault,
    boolean perSeries) {

  /** A rule without any fault. */
  public static final FaultRule NONE = builder().build();

  /**
   * Checks the components.
   *
   * @param latency the latency
   * @param bytesPerSecond the bandwidth cap
   * @param failFirst the number of first failures
   * @param failureProbability the failure chance
   * @param failureStatus the failure status
   * @param rateLimitFirst the number of first 429s
   * @param rateLimitProbability the 429 chance
   * @param retryAfter the Retry-After
   * @param resetProbability the reset chance
   * @param truncateProbability the truncation chance
   * @param stallProbability the stall chance
   * @param corruptProbability the corruption chance
   * @param stallDuration the stall duration
   * @param streamFaultFirst the number of first stream faults
   * @param firstStreamFault the kind of those stream faults
   * @param perSeries whether counted per series
   * @throws IllegalArgumentException if a value is out of range, naming it
   */
  public FaultRule {
    requireNonNegative(latency, "latency");
    if (bytesPerSecond < 0) {
      throw new IllegalArgumentException("bytesPerSecond must be >= 0 (0 = no cap), got "
          + bytesPerSecond);
    }
    if (failFirst < 0 || rateLimitFirst < 0) {
      throw new IllegalArgumentException("failFirst and rateLimitFirst must be >= 0, got "
          + failFirst + " and " + rateLimitFirst);
    }
    requireProbability(failureProbability, "failureProbability");
    if (failureStatus != 500 && failureStatus != 502 && failureStatus != 503
        && failureStatus != 504) {
      throw new IllegalArgumentException("failureStatus must be 500, 502, 503 or 504, got "
          + failureStatus);
    }
    requireProbability(rateLimitProbability, "rateLimitProbability");
    requireNonNegative(retryAfter, "retryAfter");
    requireProbability(resetProbability, "resetProbability");
    requireProbability(truncateProbability, "truncateProbability");
    requireProbability(stallProbability, "stallProbability");
    requireProbability(corruptProbability, "corruptProbability");
    double streamTotal =
        resetProbability + truncateProbability + stallProbability + corruptProbability;
    if (streamTotal > 1.0 + 1e-9) {
      throw new IllegalArgumentException("The stream fault probabilities add up to "
          + streamTotal + "; keep their sum at or below 1");
    }
    requireNonNegative(stallDuration, "stallDuration");
    if (streamFaultFirst < 0) {
      throw new IllegalArgumentException("streamFaultFirst must be >= 0, got "
          + streamFaultFirst);
    }
    Objects.requireNonNull(firstStreamFault, "firstStreamFault");
  }

  private static void requireProbability(double p, String name) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + p);
    }
  }

  private static void requireNonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
  }

  /**
   * Whether this rule can inject any stream fault.
   *
   * @return true if a stream probability is above zero or {@code streamFaultFirst} is set
   */
  public boolean hasStreamFaults() {
    return streamFaultFirst > 0
        || resetProbability + truncateProbability + stallProbability + corruptProbability > 0;
  }

  /**
   * A builder starting from no faults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this rule.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.latency = latency;
    b.bytesPerSecond = bytesPerSecond;
    b.failFirst = failFirst;
    b.failureProbability = failureProbability;
    b.failureStatus = failureStatus;
    b.rateLimitFirst = rateLimitFirst;
    b.rateLimitProbability = rateLimitProbability;
    b.retryAfter = retryAfter;
    b.resetProbability = resetProbability;
    b.truncateProbability = truncateProbability;
    b.stallProbability = stallProbability;
    b.corruptProbability = corruptProbability;
    b.stallDuration = stallDuration;
    b.streamFaultFirst = streamFaultFirst;
    b.firstStreamFault = firstStreamFault;
    b.perSeries = perSeries;
    return b;
  }

  /** Builds a {@link FaultRule}; every setting starts at "no fault". */
  public static final class Builder {
    private Duration latency = Duration.ZERO;
    private long bytesPerSecond;
    private int failFirst;
    private double failureProbability;
    private int failureStatus = 500;
    private int rateLimitFirst;
    private double rateLimitProbability;
    private Duration retryAfter = Duration.ofSeconds(1);
    private double resetProbability;
    private double truncateProbability;
    private double stallProbability;
    private double corruptProbability;
    private Duration stallDuration = Duration.ofSeconds(30);
    private int streamFaultFirst;
    private StreamFaultKind firstStreamFault = StreamFaultKind.RESET;
    private boolean perSeries;

    private Builder() {}

    /**
     * Sets the latency added before the response headers.
     *
     * @param latency the latency
     * @return this builder
     */
    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    /**
     * Caps each response body's bandwidth.
     *
     * @param bytesPerSecond bytes per second; 0 for no cap
     * @return this builder
     */
    public Builder bytesPerSecond(long bytesPerSecond) {
      this.bytesPerSecond = bytesPerSecond;
      return this;
    }

    /**
     * Makes the endpoint's first {@code n} requests fail with the error status (a burst, like
     * the 2024-06 download outage).
     *
     * @param n the number of requests
     * @return this builder
     */
    public Builder failFirst(int n) {
      this.failFirst = n;
      return this;
    }

    /**
     * Makes each request fail with the error status with this chance.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder failureProbability(double probability) {
      this.failureProbability = probability;
      return this;
    }

    /**
     * Sets the injected error status.
     *
     * @param status 500, 502, 503 or 504
     * @return this builder
     */
    public Builder failureStatus(int status) {
      this.failureStatus = status;
      return this;
    }

    /**
     * Makes the endpoint's first {@code n} requests (after injected failures) answer 429.
     *
     * @param n the number of requests
     * @return this builder
     */
    public Builder rateLimitFirst(int n) {
      this.rateLimitFirst = n;
      return this;
    }

    /**
     * Makes each request answer 429 with this chance.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder rateLimitProbability(double probability) {
      this.rateLimitProbability = probability;
      return this;
    }

    /**
     * Sets the {@code Retry-After} sent with 429 (whole seconds, rounded up).
     *
     * @param retryAfter the delay
     * @return this builder
     */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Sets the chance that a streamed body is cut by a dropped connection.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder resetProbability(double probability) {
      this.resetProbability = probability;
      return this;
    }

    /**
     * Sets the chance that a streamed body ends early but cleanly.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder truncateProbability(double probability) {
      this.truncateProbability = probability;
      return this;
    }

    /**
     * Sets the chance that a streamed body pauses for the stall duration.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder stallProbability(double probability) {
      this.stallProbability = probability;
      return this;
    }

    /**
     * Sets the chance that one byte of a streamed body is flipped.
     *
     * @param probability between 0 and 1
     * @return this builder
     */
    public Builder corruptProbability(double probability) {
      this.corruptProbability = probability;
      return this;
    }

    /**
     * Sets how long a stall lasts.
     *
     * @param stallDuration the duration
     * @return this builder
     */
    public Builder stallDuration(Duration stallDuration) {
      this.stallDuration = stallDuration;
      return this;
    }

    /**
     * Makes the first {@code n} requests that are served (those after the {@code failFirst} and
     * {@code rateLimitFirst} ones) suffer a stream fault of the given kind; later requests only
     * meet the probabilistic ones. With {@link #perSeries(boolean) perSeries(true)} and
     * {@code n = 1} every series' first download fails and its retry works.
     *
     * @param kind the stream fault
     * @param n the number of requests
     * @return this builder
     */
    public Builder streamFaultFirst(StreamFaultKind kind, int n) {
      this.firstStreamFault = Objects.requireNonNull(kind, "kind");
      this.streamFaultFirst = n;
      return this;
    }

    /**
     * Counts requests per series instead of per endpoint: {@code failFirst},
     * {@code rateLimitFirst} and {@code streamFaultFirst} then apply to each series' first
     * requests, and every roll depends on the series UID and its own request count. Requests
     * without a {@code SeriesInstanceUID} (or {@code SeriesUID}) parameter are counted per
     * endpoint as usual.
     *
     * @param perSeries whether to count per series
     * @return this builder
     */
    public Builder perSeries(boolean perSeries) {
      this.perSeries = perSeries;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalArgumentException if a setting is out of range
     */
    public FaultRule build() {
      return new FaultRule(latency, bytesPerSecond, failFirst, failureProbability, failureStatus,
          rateLimitFirst, rateLimitProbability, retryAfter, resetProbability,
          truncateProbability, stallProbability, corruptProbability, stallDuration,
          streamFaultFirst, firstStreamFault, perSeries);
    }
  }
}
