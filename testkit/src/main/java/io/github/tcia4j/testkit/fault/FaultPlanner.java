package io.github.tcia4j.testkit.fault;

import io.github.tcia4j.testkit.Host;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a {@link FaultProfile} into one {@link FaultDecision} per request. Thread-safe.
 *
 * <p>Each (host, family, endpoint) has its own request counter. A decision depends only on the
 * seed, the host, the family, the endpoint and that counter, so the n-th request to an endpoint
 * always meets the same fault, whatever other endpoints were called in between. A rule with
 * {@link FaultRule#perSeries()} counts (and rolls) per (host, family, endpoint, series) instead,
 * so each series' n-th request meets the same fault however parallel downloads interleave.
 */
public final class FaultPlanner {
  private final FaultProfile profile;
  private final long seed;
  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  /**
   * Creates a planner.
   *
   * @param profile the profile
   * @param seed the sandbox seed
   */
  public FaultPlanner(FaultProfile profile, long seed) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.seed = seed;
  }

  /**
   * The profile this planner applies.
   *
   * @return the profile
   */
  public FaultProfile profile() {
    return profile;
  }

  /**
   * Decides the next request of an endpoint.
   *
   * @param host the host
   * @param family the family label ({@code v1}, {@code v2}, {@code v4}, {@code advanced},
   *     {@code root})
   * @param endpoint the endpoint name
   * @return the decision
   */
  public FaultDecision decide(Host host, String family, String endpoint) {
    return decide(host, family, endpoint, Optional.empty());
  }

  /**
   * Decides the next request of an endpoint about a series.
   *
   * @param host the host
   * @param family the family label
   * @param endpoint the endpoint name
   * @param seriesInstanceUid the series the request names ({@code SeriesInstanceUID} or
   *     {@code SeriesUID}), if any: selects series rules and, for them and for per-series
   *     rules, the counter
   * @return the decision
   */
  public FaultDecision decide(Host host, String family, String endpoint,
      Optional<String> seriesInstanceUid) {
    Optional<FaultRule> targeted =
        seriesInstanceUid.flatMap(uid -> profile.seriesRuleFor(family, endpoint, uid));
    FaultRule rule = targeted.orElseGet(() -> profile.ruleFor(family, endpoint));
    String key = host.name() + '/' + family + '/' + endpoint;
    if (seriesInstanceUid.isPresent() && (targeted.isPresent() || rule.perSeries())) {
      key = key + '/' + seriesInstanceUid.get();
    }
    long index = counters.computeIfAbsent(key, k -> new AtomicLong()).getAndIncrement();
    SplittableRandom random = new SplittableRandom(mix(seed, key, index));
    double failRoll = random.nextDouble();
    double limitRoll = random.nextDouble();
    double streamRoll = random.nextDouble();
    double position = 0.05 + 0.9 * random.nextDouble();

    int errorStatus = 0;
    boolean rateLimited = false;
    if (index < rule.failFirst() || failRoll < rule.failureProbability()) {
      errorStatus = rule.failureStatus();
    } else if (index - rule.failFirst() < rule.rateLimitFirst()
        || limitRoll < rule.rateLimitProbability()) {
      rateLimited = true;
    }
    Optional<StreamFaultKind> stream = Optional.empty();
    long served = index - rule.failFirst() - rule.rateLimitFirst();
    if (errorStatus == 0 && !rateLimited && served >= 0 && served < rule.streamFaultFirst()) {
      return new FaultDecision(family, endpoint, index, rule, rule.latency(), 0, false,
          Optional.of(rule.firstStreamFault()), position);
    }
    if (errorStatus == 0 && !rateLimited && rule.hasStreamFaults()) {
      double edge = rule.resetProbability();
      if (streamRoll < edge) {
        stream = Optional.of(StreamFaultKind.RESET);
      } else if (streamRoll < (edge += rule.truncateProbability())) {
        stream = Optional.of(StreamFaultKind.TRUNCATE);
      } else if (streamRoll < (edge += rule.stallProbability())) {
        stream = Optional.of(StreamFaultKind.STALL);
      } else if (streamRoll < edge + rule.corruptProbability()) {
        stream = Optional.of(StreamFaultKind.CORRUPT);
      }
    }
    return new FaultDecision(family, endpoint, index, rule, rule.latency(), errorStatus,
        rateLimited, stream, position);
  }

  private static long mix(long seed, String key, long index) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    h ^= index * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }
}
