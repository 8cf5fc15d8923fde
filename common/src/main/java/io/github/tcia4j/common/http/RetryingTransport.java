package io.github.tcia4j.common.http;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.internal.Bodies;
import io.github.tcia4j.common.internal.Durations;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A decorator that tries a request again after a transient failure, following a
 * {@link RetryPolicy}.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only {@link HttpCall#idempotent() idempotent} requests are retried; any other request gets
 *       exactly one attempt.
 *   <li>A failure is transient when the inner transport throws a {@link TciaIoException} (no
 *       response) or answers with a status in {@link RetryPolicy#retryStatuses()}. Other
 *       exceptions and statuses are passed on at once.
 *   <li>The wait before the next attempt is the server's {@code Retry-After} (seconds or HTTP date,
 *       read with the injected clock) when present, else
 *       {@link RetryPolicy#delayAfter(int, double)} with the injected random source. A
 *       {@code Retry-After} longer than {@link RetryPolicy#maxRetryAfter()} ends the retries: the
 *       response is returned as it is, for the caller to report.
 *   <li>A response that is retried is closed first (after reading at most a few KB of its body, so
 *       that the connection can be reused).
 *   <li>The returned result reports the number of attempts ({@link HttpResult#attempts()}); so does
 *       the {@code TciaIoException} thrown after the last attempt
 *       ({@link io.github.tcia4j.common.error.TciaException#attempts()}).
 *   <li>An interrupt while waiting (or an interrupted thread after a failure) stops the retries at
 *       once: the interrupt flag stays set and a {@code TciaIoException} is thrown.
 * </ul>
 *
 * <p>Each decision is logged with the redacted URL: retries at INFO, giving up at INFO (after more
 * than one attempt) or DEBUG.
 *
 * <p>Thread-safe when the inner transport, the sleeper and the random source are.
 */
public final class RetryingTransport implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);

  private final Transport inner;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the decorator.
   *
   * @param inner the transport that sends each attempt
   * @param policy how often and how long to wait
   * @param clock the clock that reads {@code Retry-After} dates
   * @param sleeper what waits between attempts
   * @param random a source of numbers in {@code [0, 1)} that picks the jitter of each wait
   */
  public RetryingTransport(Transport inner, RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Creates the decorator with {@link ThreadLocalRandom} as the jitter source.
   *
   * @param inner the transport that sends each attempt
   * @param policy how often and how long to wait
   * @param clock the clock that reads {@code Retry-After} dates
   * @param sleeper what waits between attempts
   */
  public RetryingTransport(Transport inner, RetryPolicy policy, Clock clock, Sleeper sleeper) {
    this(inner, policy, clock, sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Returns the policy in force.
   *
   * @return the retry policy
   */
  public RetryPolicy policy() {
    return policy;
  }

  /**
   * Sends the request, trying again after transient failures as the policy allows.
   *
   * @param call the request
   * @return the last response, reporting how many attempts it took
   * @throws TciaIoException when the last attempt got no response, or the wait was interrupted
   */
  @Override
  public HttpResult send(HttpCall call) {
    Objects.requireNonNull(call, "call");
    int maxAttempts = call.idempotent() ? policy.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      HttpResult result;
      try {
        result = inner.send(call);
      } catch (TciaIoException e) {
        if (!mayRetry(call, attempt, maxAttempts, "no response")) {
          throw e.withAttempts(attempt);
        }
        Duration wait = policy.delayAfter(attempt, random.getAsDouble());
        LOG.info("Retrying {} {} after no response ({}), attempt {} of {} failed; waiting {} s",
            call.method(), call.redactedUri(), e.isTimeout() ? "timeout" : "I/O failure", attempt, maxAttempts,
            Durations.seconds(wait));
        pause(wait, call, RequestInfo.noResponse(call.method(), call.redactedUri(), attempt), e);
        continue;
      }
      int status = result.status();
      if (!policy.isRetryable(status) || !mayRetry(call, attempt, maxAttempts, "HTTP " + status)) {
        return result.withAttempts(attempt);
      }
      Optional<Duration> retryAfter = result.retryAfter(clock);
      if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
        LOG.info("Not retrying {} {} after HTTP {}: Retry-After of {} s exceeds maxRetryAfter of {} s",
            call.method(), call.redactedUri(), status, Durations.seconds(retryAfter.get()),
            Durations.seconds(policy.maxRetryAfter()));
        return result.withAttempts(attempt);
      }
      int failedAttempt = attempt;
      Duration wait = retryAfter.orElseGet(() -> policy.delayAfter(failedAttempt, random.getAsDouble()));
      LOG.info("Retrying {} {} after HTTP {}, attempt {} of {} failed; waiting {} s{}",
          call.method(), call.redactedUri(), status, attempt, maxAttempts, Durations.seconds(wait),
          retryAfter.isPresent() ? " (Retry-After)" : "");
      Bodies.discard(result.body(), Bodies.DRAIN_LIMIT);
      pause(wait, call, result.withAttempts(attempt).requestInfo(), null);
    }
  }

  /** Closes the inner transport; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      inner.close();
    }
  }

  @Override
  public String toString() {
    return "RetryingTransport[" + policy + " -> " + inner + "]";
  }

  private boolean mayRetry(HttpCall call, int attempt, int maxAttempts, String reason) {
    if (Thread.currentThread().isInterrupted()) {
      LOG.debug("Not retrying {} {} after {}: the thread is interrupted", call.method(), call.redactedUri(), reason);
      return false;
    }
    if (!call.idempotent()) {
      LOG.debug("Not retrying {} {} after {}: the request is not idempotent", call.method(), call.redactedUri(), reason);
      return false;
    }
    if (attempt >= maxAttempts) {
      if (maxAttempts > 1) {
        LOG.info("Giving up on {} {} after {}: all {} attempts failed", call.method(), call.redactedUri(), reason,
            maxAttempts);
      } else {
        LOG.debug("Not retrying {} {} after {}: the retry policy allows one attempt", call.method(),
            call.redactedUri(), reason);
      }
      return false;
    }
    return true;
  }

  private void pause(Duration wait, HttpCall call, RequestInfo lastAttempt, TciaIoException failure) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("Stopped retrying {} {}: interrupted while waiting", call.method(), call.redactedUri());
      TciaIoException stopped = new TciaIoException("Interrupted while waiting to retry", lastAttempt, e, false);
      if (failure != null) {
        stopped.addSuppressed(failure);
      }
      throw stopped;
    }
  }
}
