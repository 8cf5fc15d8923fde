package io.github.tcia4j.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.error.RequestInfo;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaIoException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingTransportTest {
  private static final URI URL = URI.create("http://127.0.0.1:9/nbia-api/services/v4/getSeries?Collection=X");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final ScriptedTransport inner = new ScriptedTransport();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Policy with exact, jitter-free waits of 1 s, 2 s, 4 s ... capped at 3 s. */
  private static RetryPolicy exact(int maxAttempts) {
    return RetryPolicy.builder().maxAttempts(maxAttempts).initialDelay(Duration.ofSeconds(1))
        .multiplier(2).maxDelay(Duration.ofSeconds(3)).jitter(0).build();
  }

  private RetryingTransport retrying(RetryPolicy policy) {
    return new RetryingTransport(inner, policy, clock, sleeper, () -> 0.0);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retriesEachRetryableStatus(int status) {
    inner.respond(status, "busy").respond(200, "ok");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(result.bodyAsString()).isEqualTo("ok");
    assertThat(inner.calls()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retriesAfterNoResponse() {
    inner.failIo().failIo().respond(200, "ok");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 418})
  void doesNotRetryClientErrors(int status) {
    inner.respond(status, "no");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(status);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(inner.calls()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(inner.bodies().get(0).closes()).as("a returned body stays open").isZero();
  }

  @Test
  void doesNotRetryPostOnStatus() {
    inner.respond(503, "busy");

    HttpResult result = retrying(exact(4)).send(HttpCall.post(URL).form(Params.of("a", "b")).build());

    assertThat(result.status()).isEqualTo(503);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(inner.calls()).hasSize(1);
  }

  @Test
  void doesNotRetryPostOnNoResponse() {
    inner.failIo();

    TciaIoException e = catchThrowableOfType(TciaIoException.class,
        () -> retrying(exact(4)).send(HttpCall.post(URL).build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(inner.calls()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void retriesPostMarkedIdempotent() {
    inner.respond(503, "busy").failIo().respond(200, "ok");

    HttpResult result = retrying(exact(4)).send(HttpCall.post(URL).idempotent(true).build());

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(inner.calls()).extracting(HttpCall::method).containsOnly("POST");
  }

  @Test
  void finalExceptionCarriesTheAttemptCount() {
    inner.failIo().failIo().failIo();

    TciaIoException e = catchThrowableOfType(TciaIoException.class,
        () -> retrying(exact(3)).send(HttpCall.get(URL).build()));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).contains("Connection refused", "after 3 attempts", URL.toString());
    assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
    assertThat(inner.calls()).hasSize(3);
  }

  @Test
  void exactBackoffWithoutJitterAndMaxAttemptsRespected() {
    inner.respondTimes(5, 500);

    HttpResult result = retrying(exact(5)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(500);
    assertThat(result.attempts()).isEqualTo(5);
    assertThat(inner.calls()).hasSize(5);
    assertThat(sleeper.waits()).containsExactly(
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(result.bodyAsString()).isEqualTo("error 500");
  }

  @Test
  void jitterUsesTheRandomSource() {
    RetryPolicy policy = exact(4).toBuilder().jitter(0.5).build();
    List<Double> randoms = new ArrayList<>(List.of(0.0, 0.5, 0.25));
    DoubleSupplier random = () -> randoms.remove(0);
    inner.respondTimes(4, 503);

    new RetryingTransport(inner, policy, clock, sleeper, random).send(HttpCall.get(URL).build());

    assertThat(sleeper.waits()).containsExactly(
        Duration.ofSeconds(1),                       // 1 s, no jitter drawn
        Duration.ofMillis(1500),                     // 2 s * (1 - 0.5 * 0.5)
        Duration.ofMillis(2625));                    // 3 s * (1 - 0.5 * 0.25)
  }

  @Test
  void jitteredWaitsStayWithinBounds() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(30).initialDelay(Duration.ofSeconds(2))
        .multiplier(1).jitter(0.25).build();
    inner.respondTimes(30, 502);

    new RetryingTransport(inner, policy, clock, sleeper).send(HttpCall.get(URL).build());

    assertThat(sleeper.waits()).hasSize(29)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(2)));
    assertThat(Set.copyOf(sleeper.waits())).as("the waits vary").hasSizeGreaterThan(1);
  }

  @Test
  void retryAfterSecondsIsTheWait() {
    inner.respond(429, "slow down", "Retry-After", "7").respond(200, "ok");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(200);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterHttpDateIsReadWithTheClock() {
    inner.respond(503, "maintenance", "Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT").respond(200, "ok");

    retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterDateIsReadAgainOnEachAttempt() {
    MutableClock moving = new MutableClock(NOW);
    sleeper.onSleep(moving::advance);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(10).atOffset(ZoneOffset.UTC));
    inner.respond(503, "a", "Retry-After", date).respond(503, "b", "Retry-After", date).respond(200, "ok");

    new RetryingTransport(inner, exact(4), moving, sleeper, () -> 0.0).send(HttpCall.get(URL).build());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(10), Duration.ZERO);
  }

  @Test
  void tooLongRetryAfterReturnsTheResponseWithoutRetry() {
    RetryPolicy policy = exact(4).toBuilder().maxRetryAfter(Duration.ofSeconds(60)).build();
    inner.respond(503, "come back tomorrow", "Retry-After", "86400");

    HttpResult result = retrying(policy).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(503);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(inner.calls()).hasSize(1);
    assertThat(result.bodyAsString()).isEqualTo("come back tomorrow");
  }

  @Test
  void retryAfterIsIgnoredForStatusesThatAreNotRetried() {
    inner.respond(400, "bad", "Retry-After", "1");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    assertThat(result.status()).isEqualTo(400);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void closesTheBodyOfARetriedResponseAfterDrainingIt() {
    inner.respond(503, "short error page").respond(200, "ok");

    HttpResult result = retrying(exact(4)).send(HttpCall.get(URL).build());

    TrackingBody retried = inner.bodies().get(0);
    assertThat(retried.closes()).isEqualTo(1);
    assertThat(retried.bytesRead()).isEqualTo("short error page".length());
    assertThat(inner.bodies().get(1).closes()).isZero();
    result.close();
    assertThat(inner.bodies().get(1).closes()).isEqualTo(1);
  }

  @Test
  void drainsAtMostAFewKilobytesOfARetriedBody() {
    String big = String.join("", Collections.nCopies(100_000, "x"));
    inner.respond(500, big).respond(200, "ok");

    retrying(exact(4)).send(HttpCall.get(URL).build());

    TrackingBody retried = inner.bodies().get(0);
    assertThat(retried.closes()).isEqualTo(1);
    assertThat(retried.bytesRead()).isPositive().isLessThanOrEqualTo(16 * 1024);
  }

  @Test
  void interruptedWaitStopsAndKeepsTheInterruptFlag() {
    sleeper.interruptOnWait(1);
    inner.respond(503, "busy").respond(200, "never sent");

    TciaIoException e = catchThrowableOfType(TciaIoException.class,
        () -> retrying(exact(4)).send(HttpCall.get(URL).build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(e.getMessage()).contains("Interrupted", "HTTP 503", "after 1 attempt");
    assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
    assertThat(inner.calls()).hasSize(1);
    assertThat(inner.bodies().get(0).closes()).isEqualTo(1);
  }

  @Test
  void interruptedWaitAfterNoResponseKeepsTheFailureAsSuppressed() {
    sleeper.interruptOnWait(1);
    inner.failIo();

    TciaIoException e = catchThrowableOfType(TciaIoException.class,
        () -> retrying(exact(4)).send(HttpCall.get(URL).build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(TciaIoException.class);
    assertThat(e.status()).isEmpty();
  }

  @Test
  void interruptedThreadIsNotRetried() {
    inner.step(call -> {
      Thread.currentThread().interrupt();
      throw new TciaIoException("Interrupted while waiting for the response",
          RequestInfo.noResponse(call.method(), call.redactedUri(), 1), new InterruptedException(), false);
    });

    assertThatThrownBy(() -> retrying(exact(4)).send(HttpCall.get(URL).build()))
        .isInstanceOf(TciaIoException.class)
        .hasMessageContaining("Interrupted");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(inner.calls()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void otherExceptionsAreNotRetried() {
    inner.fail(new TciaException("Refusing to follow a redirect from https to plain http"));

    assertThatThrownBy(() -> retrying(exact(4)).send(HttpCall.get(URL).build()))
        .isExactlyInstanceOf(TciaException.class)
        .hasMessageContaining("Refusing");
    assertThat(inner.calls()).hasSize(1);
  }

  @Test
  void noRetryPolicyMakesOneAttempt() {
    inner.respond(503, "busy");

    HttpResult result = retrying(RetryPolicy.none()).send(HttpCall.get(URL).build());

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(inner.calls()).hasSize(1);
  }

  @Test
  void closeClosesTheInnerTransportOnce() {
    RetryingTransport transport = retrying(exact(2));

    transport.close();
    transport.close();

    assertThat(inner.closes()).isEqualTo(1);
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> new RetryingTransport(null, exact(2), clock, sleeper))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("inner");
    assertThatThrownBy(() -> new RetryingTransport(inner, null, clock, sleeper))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
  }

  @Test
  void logsRetriesWithTheRedactedUrl() throws IOException {
    URI secret = URI.create("http://127.0.0.1:9/getToken?password=hunter2&user=me");
    inner.respond(503, "busy").respond(200, "ok");

    retrying(exact(2)).send(HttpCall.get(secret).build()).close();

    Path log = Path.of("target", "test.log");
    String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    assertThat(text).contains("Retrying GET http://127.0.0.1:9/getToken?password=***&user=me after HTTP 503");
    assertThat(text).doesNotContain("hunter2");
  }
}
