/**
 * Fault injection: what can go wrong, per endpoint, reproducibly.
 *
 * <p>A {@link io.github.tcia4j.testkit.fault.FaultProfile} is an immutable description: a default
 * {@link io.github.tcia4j.testkit.fault.FaultRule} plus rules per endpoint, and a total bandwidth
 * cap. At run time a {@link io.github.tcia4j.testkit.fault.FaultPlanner} turns it into one
 * {@link io.github.tcia4j.testkit.fault.FaultDecision} per request; every random choice comes
 * from a {@link java.util.SplittableRandom} seeded with the sandbox seed, the host, the endpoint
 * and the endpoint's request index, so the same sequence of requests meets the same faults.
 *
 * <p>Response bodies go through {@link io.github.tcia4j.testkit.fault.ThrottledOutputStream}
 * (per-connection and total {@link io.github.tcia4j.testkit.fault.TokenBucket}s, real time) and,
 * for streamed downloads, {@link io.github.tcia4j.testkit.fault.FaultyOutputStream} (reset,
 * truncation, stall, corrupted byte).
 */
package io.github.tcia4j.testkit.fault;
