package io.github.tcia4j.testkit.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of fault rules: a default {@link FaultRule} for every endpoint, rules for
 * single endpoints, and a total bandwidth cap shared by all connections of the sandbox.
 *
 * <p>Endpoint keys are an endpoint name ({@code getImage}, applying to every family) or a family
 * and a name ({@code v4/getImage}, {@code v2/getSeries}, {@code advanced/getSimpleSearchWithModalityAndBodyPartPaged},
 * {@code root/oauth/token}). The most specific key wins and replaces the default rule entirely
 * (rules are not merged).
 *
 * <p>A rule may also target one series: {@link Builder#series(String, String, FaultRule)} applies
 * it to the requests of an endpoint key whose {@code SeriesInstanceUID} (or, for
 * {@code getDicomTags}, {@code SeriesUID}) parameter names that series. A series rule wins over
 * every endpoint rule; other series keep the endpoint or default rule. Requests under a series
 * rule are always counted per series (as with {@link FaultRule#perSeries()}), so its
 * {@code failFirst} or {@code streamFaultFirst} hits that series' first requests.
 *
 * <p>Named profiles for the command line ({@link #named(String)}):
 * <ul>
 *   <li>{@code none}: no faults;
 *   <li>{@code slow}: 150 ms latency and 10 MB/s per connection on every endpoint;
 *   <li>{@code flaky}: 50 ms latency, 5 % HTTP 500 and 2 % HTTP 429 (Retry-After 1 s) on every
 *       endpoint; downloads ({@code getImage}, {@code getImageWithMD5Hash},
 *       {@code getSingleImage}) fail with 500 10 % of the time and their streams suffer resets
 *       (5 %), truncation (5 %), corruption (2 %) and 20 s stalls (2 %);
 *   <li>{@code outage}: every {@code getImage} and {@code getImageWithMD5Hash} answers 500, like
 *       the download outage of 2024-06-24;
 *   <li>{@code rate-limited}: 25 % of requests answer 429 with {@code Retry-After: 2};
 *   <li>{@code congested}: 300 ms latency and 20 MB/s in total across all connections;
 *   <li>{@code reset-once}, {@code truncate-once}, {@code corrupt-once}, {@code stall-once}: the
 *       first download of each series ({@code getImage}, {@code getImageWithMD5Hash},
 *       {@code getDCMImage}, {@code getSingleImage}, counted per series) suffers that stream fault
 *       (stalls last 10 minutes), and every later download of the series works: for testing a
 *       client's retries.
 * </ul>
 */
public final class FaultProfile {
  private static final List<String> NAMES =
      List.of("none", "slow", "flaky", "outage", "rate-limited", "congested", "reset-once",
          "truncate-once", "corrupt-once", "stall-once");
  private static final List<String> DOWNLOADS =
      List.of("getImage", "getImageWithMD5Hash", "getDCMImage", "getSingleImage");

  private final String name;
  private final FaultRule defaults;
  private final Map<String, FaultRule> endpoints;
  private final Map<String, Map<String, FaultRule>> series;
  private final long totalBytesPerSecond;

  private FaultProfile(Builder b) {
    this.name = b.name;
    this.defaults = b.defaults;
    this.endpoints = Map.copyOf(b.endpoints);
    Map<String, Map<String, FaultRule>> s = new LinkedHashMap<>();
    b.series.forEach((uid, rules) -> s.put(uid, Map.copyOf(rules)));
    this.series = Map.copyOf(s);
    this.totalBytesPerSecond = b.totalBytesPerSecond;
  }

  /**
   * The profile without faults.
   *
   * @return the {@code none} profile
   */
  public static FaultProfile none() {
    return builder().name("none").build();
  }

  /**
   * The names {@link #named(String)} knows.
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A named profile (see the class description).
   *
   * @param name the name, any case
   * @return the profile
   * @throws IllegalArgumentException if the name is unknown, listing the known names
   */
  public static FaultProfile named(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "none":
        return none();
      case "slow":
        return builder().name("slow").defaults(FaultRule.builder()
            .latency(Duration.ofMillis(150)).bytesPerSecond(10_000_000L).build()).build();
      case "flaky": {
        FaultRule base = FaultRule.builder().latency(Duration.ofMillis(50))
            .failureProbability(0.05).rateLimitProbability(0.02)
            .retryAfter(Duration.ofSeconds(1)).build();
        FaultRule downloads = base.toBuilder().failureProbability(0.10).resetProbability(0.05)
            .truncateProbability(0.05).corruptProbability(0.02).stallProbability(0.02)
            .stallDuration(Duration.ofSeconds(20)).build();
        return builder().name("flaky").defaults(base).endpoint("getImage", downloads)
            .endpoint("getImageWithMD5Hash", downloads).endpoint("getSingleImage", downloads)
            .build();
      }
      case "outage": {
        FaultRule down = FaultRule.builder().failureProbability(1.0).build();
        return builder().name("outage").endpoint("getImage", down)
            .endpoint("getImageWithMD5Hash", down).build();
      }
      case "rate-limited":
        return builder().name("rate-limited").defaults(FaultRule.builder()
            .rateLimitProbability(0.25).retryAfter(Duration.ofSeconds(2)).build()).build();
      case "congested":
        return builder().name("congested")
            .defaults(FaultRule.builder().latency(Duration.ofMillis(300)).build())
            .totalBytesPerSecond(20_000_000L).build();
      case "reset-once":
        return once("reset-once", StreamFaultKind.RESET);
      case "truncate-once":
        return once("truncate-once", StreamFaultKind.TRUNCATE);
      case "corrupt-once":
        return once("corrupt-once", StreamFaultKind.CORRUPT);
      case "stall-once":
        return once("stall-once", StreamFaultKind.STALL);
      default:
        throw new IllegalArgumentException("Unknown fault profile '" + name
            + "'. Known profiles: " + NAMES);
    }
  }

  private static FaultProfile once(String name, StreamFaultKind kind) {
    FaultRule rule = FaultRule.builder().streamFaultFirst(kind, 1).perSeries(true)
        .stallDuration(Duration.ofMinutes(10)).build();
    Builder b = builder().name(name);
    DOWNLOADS.forEach(endpoint -> b.endpoint(endpoint, rule));
    return b.build();
  }

  /**
   * The profile's name (for logs and the command line).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The rule for endpoints without their own.
   *
   * @return the default rule
   */
  public FaultRule defaults() {
    return defaults;
  }

  /**
   * The rules for single endpoints, by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, FaultRule> endpoints() {
    return endpoints;
  }

  /**
   * The rules that target single series: series UID, then endpoint key, then rule.
   *
   * @return an unmodifiable map
   */
  public Map<String, Map<String, FaultRule>> seriesRules() {
    return series;
  }

  /**
   * The total bandwidth cap across all connections of the sandbox.
   *
   * @return bytes per second; 0 for none
   */
  public long totalBytesPerSecond() {
    return totalBytesPerSecond;
  }

  /**
   * The rule that applies to an endpoint.
   *
   * @param family the family label ({@code v1}, {@code v2}, {@code v4}, {@code advanced},
   *     {@code root})
   * @param endpoint the endpoint name, e.g. {@code getImage} or {@code oauth/token}
   * @return the most specific rule
   */
  public FaultRule ruleFor(String family, String endpoint) {
    return ruleFor(family, endpoint, Optional.empty());
  }

  /**
   * The rule that applies to a request of an endpoint about a series.
   *
   * @param family the family label
   * @param endpoint the endpoint name
   * @param seriesInstanceUid the series the request names, if any
   * @return the series rule of the endpoint if there is one, else the most specific endpoint
   *     rule, else the default
   */
  public FaultRule ruleFor(String family, String endpoint, Optional<String> seriesInstanceUid) {
    Optional<FaultRule> targeted =
        seriesInstanceUid.flatMap(uid -> seriesRuleFor(family, endpoint, uid));
    if (targeted.isPresent()) {
      return targeted.get();
    }
    FaultRule r = endpoints.get(family + "/" + endpoint);
    if (r == null) {
      r = endpoints.get(endpoint);
    }
    return r == null ? defaults : r;
  }

  /**
   * The rule that targets one series on an endpoint, if the profile has one.
   *
   * @param family the family label
   * @param endpoint the endpoint name
   * @param seriesInstanceUid the series UID
   * @return the rule of the family-specific key, else of the endpoint name, else empty
   */
  public Optional<FaultRule> seriesRuleFor(String family, String endpoint,
      String seriesInstanceUid) {
    Map<String, FaultRule> targeted = series.getOrDefault(seriesInstanceUid, Map.of());
    FaultRule r = targeted.get(family + "/" + endpoint);
    return Optional.ofNullable(r != null ? r : targeted.get(endpoint));
  }

  /**
   * A builder starting from this profile.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.defaults = defaults;
    b.endpoints.putAll(endpoints);
    series.forEach((uid, rules) -> b.series.put(uid, new LinkedHashMap<>(rules)));
    b.totalBytesPerSecond = totalBytesPerSecond;
    return b;
  }

  /**
   * A builder starting from no faults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "FaultProfile[" + name + ", defaults=" + defaults + ", endpoints=" + endpoints
        + (series.isEmpty() ? "" : ", series=" + series)
        + ", totalBytesPerSecond=" + totalBytesPerSecond + "]";
  }

  /** Builds a {@link FaultProfile}. */
  public static final class Builder {
    private String name = "custom";
    private FaultRule defaults = FaultRule.NONE;
    private final Map<String, FaultRule> endpoints = new LinkedHashMap<>();
    private final Map<String, Map<String, FaultRule>> series = new LinkedHashMap<>();
    private long totalBytesPerSecond;

    private Builder() {}

    private static void checkKey(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("Endpoint key '" + key
            + "' must be an endpoint name like getImage or v4/getImage, without spaces");
      }
    }

    /**
     * Names the profile.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the rule for endpoints without their own.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder defaults(FaultRule rule) {
      this.defaults = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the rule of one endpoint.
     *
     * @param key {@code getImage} (every family) or {@code v4/getImage} (one family)
     * @param rule the rule, replacing the default for that endpoint
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or contains white space
     */
    public Builder endpoint(String key, FaultRule rule) {
      checkKey(key);
      endpoints.put(key, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the rule of one endpoint for the requests about one series (e.g. make only this
     * series' {@code getImage} fail). Other series keep the endpoint's or the default rule.
     *
     * @param key {@code getImage} (every family) or {@code v4/getImage} (one family)
     * @param seriesInstanceUid the series, as sent in {@code SeriesInstanceUID} (or
     *     {@code SeriesUID} for {@code getDicomTags})
     * @param rule the rule for that series' requests
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or contains white space, or the UID
     *     is blank
     */
    public Builder series(String key, String seriesInstanceUid, FaultRule rule) {
      checkKey(key);
      Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
      if (seriesInstanceUid.isBlank()) {
        throw new IllegalArgumentException("seriesInstanceUid must not be blank; give the UID "
            + "the requests send in SeriesInstanceUID");
      }
      series.computeIfAbsent(seriesInstanceUid, k -> new LinkedHashMap<>())
          .put(key, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Caps the bandwidth of all response bodies together.
     *
     * @param bytesPerSecond bytes per second; 0 for no cap
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder totalBytesPerSecond(long bytesPerSecond) {
      if (bytesPerSecond < 0) {
        throw new IllegalArgumentException("totalBytesPerSecond must be >= 0 (0 = no cap), got "
            + bytesPerSecond);
      }
      this.totalBytesPerSecond = bytesPerSecond;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public FaultProfile build() {
      return new FaultProfile(this);
    }
  }
}
