/**
 * Fault injection: what can go wrong, per endpoint, reproducibly.
 *
 * <p>A {@link io.github.tcia4j.testkit.fault.FaultProfile} is an immutable description: a default
 * {@link io.github.tcia4j.testkit.fault.FaultRule} plus rules per endpoint and per series, and a
 * total bandwidth cap. At run time a {@link io.github.tcia4j.testkit.fault.FaultPlanner} turns it
 * into one {@link io.github.tcia4j.testkit.fault.FaultDecision} per request; every random choice
 * comes from a {@link java.util.SplittableRandom} seeded with the sandbox seed, the host, the
 * endpoint (and, for per-series rules, the series) and the request index, so the same sequence of
 * requests meets the same faults. Rules can also fail a fixed number of first requests
 * ({@code failFirst}, {@code rateLimitFirst}, {@code streamFaultFirst}) so that a client's retry
 * is sure to meet a failure and then a success.
 *
 * <p>Response bodies go through {@link io.github.tcia4j.testkit.fault.ThrottledOutputStream}
 * (per-connection and total {@link io.github.tcia4j.testkit.fault.TokenBucket}s) and, for
 * streamed downloads, suffer the request's stream fault (reset, truncation, stall, corrupted
 * byte): {@code getSingleImage} through a {@link io.github.tcia4j.testkit.fault.FaultyOutputStream}
 * on its body, the zips inside one DICOM entry (a corrupted byte is flipped before compression,
 * so the zip stays valid and only the file's MD5 is wrong).
 */
package io.github.tcia4j.testkit.fault;
