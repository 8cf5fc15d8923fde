package io.github.tcia4j.testkit.fault;

/** The kinds of injected faults, as counted by the sandbox's request counters. */
public enum FaultKind {
  /** Added latency before the response headers. */
  LATENCY,
  /** An injected error status (500, or 502/503/504 when configured). */
  ERROR_STATUS,
  /** An injected 429 with {@code Retry-After}. */
  RATE_LIMIT,
  /** A body write that had to wait for a bandwidth cap. */
  THROTTLE,
  /** A connection closed abruptly in the middle of a body. */
  RESET,
  /** A body that ends cleanly but early. */
  TRUNCATE,
  /** A body that stops for a while in the middle. */
  STALL,
  /** A body with one byte flipped. */
  CORRUPT
}
