package io.github.tcia4j.testkit;

import io.github.tcia4j.testkit.fault.FaultKind;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live, thread-safe counters of the sandbox: requests per endpoint and status, bytes sent, and
 * injected faults. Endpoint keys are {@code <family>/<endpoint>} ({@code v4/getSeries},
 * {@code root/oauth/token}); a query with a bare endpoint name ({@code getSeries}) sums every
 * family.
 */
public final class RequestCounters {
  private final ConcurrentHashMap<String, LongAdder> byEndpointStatus = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<FaultKind, LongAdder> faults = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder latencyNanos = new LongAdder();
  private final LongAdder throttleNanos = new LongAdder();

  /** Creates zeroed counters. */
  public RequestCounters() {}

  /**
   * Counts one answered request.
   *
   * @param family the family label (empty when unrouted)
   * @param endpoint the endpoint name (empty when unrouted)
   * @param status the status
   * @param bytesSent the body bytes
   */
  public void recordRequest(String family, String endpoint, int status, long bytesSent) {
    String key = (family.isEmpty() ? "unrouted" : family) + '/' + endpoint + '#' + status;
    byEndpointStatus.computeIfAbsent(key, k -> new LongAdder()).increment();
    total.increment();
    bytes.add(bytesSent);
  }

  /**
   * Counts one injected fault.
   *
   * @param kind the kind
   */
  public void recordFault(FaultKind kind) {
    faults.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  /**
   * Adds injected latency.
   *
   * @param d the latency
   */
  public void recordLatency(Duration d) {
    latencyNanos.add(d.toNanos());
  }

  /**
   * Adds time spent waiting for a bandwidth cap.
   *
   * @param d the wait
   */
  public void recordThrottle(Duration d) {
    throttleNanos.add(d.toNanos());
  }

  /**
   * All answered requests.
   *
   * @return the count
   */
  public long total() {
    return total.sum();
  }

  /**
   * Requests to an endpoint.
   *
   * @param endpoint {@code getSeries} (every family) or {@code v4/getSeries}
   * @return the count
   */
  public long count(String endpoint) {
    long n = 0;
    for (Map.Entry<String, LongAdder> e : byEndpointStatus.entrySet()) {
      if (matches(e.getKey(), endpoint)) {
        n += e.getValue().sum();
      }
    }
    return n;
  }

  /**
   * Requests to an endpoint answered with a status.
   *
   * @param endpoint {@code getSeries} (every family) or {@code v4/getSeries}
   * @param status the status
   * @return the count
   */
  public long count(String endpoint, int status) {
    long n = 0;
    for (Map.Entry<String, LongAdder> e : byEndpointStatus.entrySet()) {
      if (e.getKey().endsWith("#" + status) && matches(e.getKey(), endpoint)) {
        n += e.getValue().sum();
      }
    }
    return n;
  }

  /**
   * Requests answered with a status, on any endpoint.
   *
   * @param status the status
   * @return the count
   */
  public long countStatus(int status) {
    long n = 0;
    for (Map.Entry<String, LongAdder> e : byEndpointStatus.entrySet()) {
      if (e.getKey().endsWith("#" + status)) {
        n += e.getValue().sum();
      }
    }
    return n;
  }

  private static boolean matches(String key, String endpoint) {
    String path = key.substring(0, key.lastIndexOf('#'));
    if (endpoint.equals(path)) {
      return true;
    }
    int slash = path.indexOf('/');
    return path.substring(slash + 1).equals(endpoint);
  }

  /**
   * Body bytes sent in total.
   *
   * @return the bytes
   */
  public long bytesSent() {
    return bytes.sum();
  }

  /**
   * Injected faults of one kind.
   *
   * @param kind the kind
   * @return the count
   */
  public long faults(FaultKind kind) {
    LongAdder a = faults.get(kind);
    return a == null ? 0 : a.sum();
  }

  /**
   * The total injected latency.
   *
   * @return the sum
   */
  public Duration injectedLatency() {
    return Duration.ofNanos(latencyNanos.sum());
  }

  /**
   * The total time body writes waited for bandwidth caps.
   *
   * @return the sum
   */
  public Duration throttleWait() {
    return Duration.ofNanos(throttleNanos.sum());
  }

  /**
   * A sorted snapshot of the per-endpoint, per-status counts, keyed
   * {@code <family>/<endpoint>#<status>}.
   *
   * @return the snapshot
   */
  public Map<String, Long> snapshot() {
    Map<String, Long> m = new TreeMap<>();
    byEndpointStatus.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  /** Sets every counter back to zero. */
  public void reset() {
    byEndpointStatus.clear();
    faults.clear();
    total.reset();
    bytes.reset();
    latencyNanos.reset();
    throttleNanos.reset();
  }

  @Override
  public String toString() {
    return "RequestCounters" + snapshot();
  }
}
