package io.github.tcia4j.testkit.fault;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the sandbox does to one request, decided by a {@link FaultPlanner}.
 *
 * @param family the endpoint's family label
 * @param endpoint the endpoint name
 * @param requestIndex the endpoint's request index on its host, from 0
 * @param rule the rule the decision was made from
 * @param latency the latency to add before the headers
 * @param errorStatus the injected error status, or 0 to serve the request
 * @param rateLimited whether to answer 429
 * @param streamFault the stream fault for a streamed body, if any
 * @param streamFaultPosition where in the body the stream fault happens, as a fraction of its
 *     expected length (0.05 to 0.95)
 */
public record FaultDecision(String family, String endpoint, long requestIndex, FaultRule rule,
    Duration latency, int errorStatus, boolean rateLimited,
    Optional<StreamFaultKind> streamFault, double streamFaultPosition) {

  /** Bytes a stream fault may be placed within when the body length is unknown. */
  public static final long UNKNOWN_LENGTH_WINDOW = 64 * 1024;

  /**
   * Checks the components.
   *
   * @param family the family
   * @param endpoint the endpoint
   * @param requestIndex the request index
   * @param rule the rule
   * @param latency the latency
   * @param errorStatus the error status or 0
   * @param rateLimited whether rate-limited
   * @param streamFault the stream fault
   * @param streamFaultPosition the fault position
   */
  public FaultDecision {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(streamFault, "streamFault");
  }

  /**
   * The {@code Retry-After} value of a 429, in whole seconds (rounded up).
   *
   * @return the seconds
   */
  public long retryAfterSeconds() {
    Duration d = rule.retryAfter();
    long s = d.getSeconds();
    return d.getNano() > 0 ? s + 1 : s;
  }

  /**
   * The body offset at which the stream fault happens.
   *
   * @param expectedLength the body's expected length, or a negative number when unknown
   * @return the offset in bytes
   */
  public long streamFaultOffset(long expectedLength) {
    long base = expectedLength > 0 ? expectedLength : UNKNOWN_LENGTH_WINDOW;
    return (long) (base * streamFaultPosition);
  }

  /**
   * Wraps a body stream so that it suffers this decision's stream fault (or returns it unchanged
   * when there is none). The server applies it to streamed answers such as
   * {@code getSingleImage}; the zip downloads place the fault inside a DICOM entry themselves.
   *
   * @param out the body stream
   * @param expectedLength the body's expected length, or a negative number when unknown
   * @param sleeper waits for stalls
   * @param onInject told when the fault happens
   * @return the stream to write the body to
   */
  public OutputStream wrapBody(OutputStream out, long expectedLength, Sleeper sleeper,
      Consumer<FaultKind> onInject) {
    if (streamFault.isEmpty()) {
      return out;
    }
    StreamFaultKind kind = streamFault.get();
    return new FaultyOutputStream(out, kind, streamFaultOffset(expectedLength),
        rule.stallDuration(), sleeper, () -> onInject.accept(FaultKind.valueOf(kind.name())));
  }
}
