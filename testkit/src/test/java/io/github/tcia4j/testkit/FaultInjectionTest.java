package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import io.github.tcia4j.testkit.fault.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  /** Records sleeps and advances a fake monotonic clock instead of sleeping. */
  static final class FakeTime implements Sleeper {
    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
      nanos.addAndGet(d.toNanos());
    }

    long now() {
      return nanos.get();
    }

    Duration total() {
      synchronized (sleeps) {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
      }
    }
  }

  @Test
  void aBurstOfServerErrorsThenNormalService() {
    FaultProfile p = FaultProfile.builder()
        .endpoint("v4/getSeries", FaultRule.builder().failFirst(2).build()).build();
    try (TciaSandbox s = TciaSandbox.builder().faults(p).start()) {
      Http h = Http.of(s);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Http.Res r = h.get(V4 + "getSeries", "Collection", "SBX-Lung-CT");
        statuses.add(r.status());
        if (r.status() == 500) {
          assertThat(r.body()).isEqualTo(Paths.PROCESS_FAILED + "\nnull");
          assertThat(r.body().length()).isEqualTo(48);
        }
      }
      assertThat(statuses).containsExactly(500, 500, 200);
      assertThat(h.get(V4 + "getPatient").status()).isEqualTo(200);
      assertThat(s.counters().count("getSeries", 500)).isEqualTo(2);
      assertThat(s.counters().count("v4/getSeries", 200)).isEqualTo(1);
      assertThat(s.counters().faults(FaultKind.ERROR_STATUS)).isEqualTo(2);
      assertThat(s.requests().get(0).faults()).containsExactly("ERROR_STATUS");
    }
  }

  @Test
  void gatewayErrorsUseNginxPages() {
    FaultProfile p = FaultProfile.builder().defaults(FaultRule.builder().failureProbability(1.0)
        .failureStatus(503).build()).build();
    try (TciaSandbox s = TciaSandbox.builder().faults(p).start()) {
      Http.Res r = Http.of(s).get(V4 + "getCollectionValues");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.body()).contains("<center><h1>503 Service Temporarily Unavailable</h1></center>")
          .contains("nginx");
    }
  }

  @Test
  void rateLimitsAnswer429WithRetryAfterInSeconds() {
    FaultProfile p = FaultProfile.builder().endpoint("getPatient", FaultRule.builder()
        .rateLimitFirst(1).retryAfter(Duration.ofMillis(1500)).build()).build();
    try (TciaSandbox s = TciaSandbox.builder().faults(p).start()) {
      Http h = Http.of(s);
      Http.Res limited = h.get(V4 + "getPatient", "Collection", "SBX-Lung-CT");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).contains("2");
      assertThat(limited.body()).contains("429 Too Many Requests");
      assertThat(h.get(V4 + "getPatient", "Collection", "SBX-Lung-CT").status()).isEqualTo(200);
      assertThat(s.counters().faults(FaultKind.RATE_LIMIT)).isEqualTo(1);
    }
  }

  @Test
  void latencyIsAddedThroughTheSleeper() {
    FakeTime time = new FakeTime();
    try (TciaSandbox s = TciaSandbox.builder().sleeper(time).nanoTime(time::now)
        .faults(FaultProfile.named("slow")).start()) {
      Http.Res r = Http.of(s).get(V4 + "getCollectionValues");
      assertThat(r.status()).isEqualTo(200);
      assertThat(time.sleeps).contains(Duration.ofMillis(150));
      assertThat(s.counters().injectedLatency()).isEqualTo(Duration.ofMillis(150));
      assertThat(s.requests().get(0).faults()).contains("LATENCY");
    }
  }

  @Test
  void bandwidthCapsMakeTheBodyWait() {
    FakeTime time = new FakeTime();
    FaultProfile p = FaultProfile.builder().endpoint("getSeries",
        FaultRule.builder().bytesPerSecond(50_000).build()).build();
    try (TciaSandbox s = TciaSandbox.builder().sleeper(time).nanoTime(time::now).faults(p)
        .start()) {
      Http.Res r = Http.of(s).get(V4 + "getSeries");
      long bytes = r.raw().body().length;
      assertThat(bytes).isGreaterThan(100_000);
      // the body took (bytes - burst) / rate of fake time; the burst is 2,500 bytes
      Duration expected = Duration.ofNanos((bytes - 2_500) * 1_000_000_000L / 50_000);
      assertThat(time.total()).isBetween(expected.minusMillis(1), expected.plusMillis(1));
      assertThat(s.counters().throttleWait()).isEqualTo(time.total());
      assertThat(s.requests().get(0).faults()).containsExactly("THROTTLE");
      assertThat(s.requests().get(0).bytesSent()).isEqualTo(bytes);
    }
  }

  @Test
  void theTotalCapIsSharedByEveryEndpoint() {
    FakeTime time = new FakeTime();
    FaultProfile p = FaultProfile.builder().totalBytesPerSecond(40_000).build();
    try (TciaSandbox s = TciaSandbox.builder().sleeper(time).nanoTime(time::now).faults(p)
        .start()) {
      long bytes = Http.of(s).get(V4 + "getSeries").raw().body().length
          + Http.nlst(s).get(V4 + "getSeries").raw().body().length;
      Duration expected = Duration.ofNanos((bytes - 2_000) * 1_000_000_000L / 40_000);
      assertThat(time.total()).isBetween(expected.minusMillis(1), expected.plusMillis(1));
    }
  }

  @Test
  void profilesCanBeReplacedWhileRunning() {
    try (TciaSandbox s = TciaSandbox.start()) {
      Http h = Http.of(s);
      assertThat(h.get(V4 + "getCollectionValues").status()).isEqualTo(200);
      s.faults(FaultProfile.builder().name("down").defaults(FaultRule.builder()
          .failureProbability(1.0).build()).build());
      assertThat(s.faultProfile().name()).isEqualTo("down");
      assertThat(h.get(V4 + "getCollectionValues").status()).isEqualTo(500);
      s.faults(FaultProfile.none());
      assertThat(h.get(V4 + "getCollectionValues").status()).isEqualTo(200);
    }
  }

  @Test
  void probabilisticFaultsRepeatForTheSameSeed() {
    FaultProfile p = FaultProfile.builder().defaults(FaultRule.builder().failureProbability(0.5)
        .build()).build();
    assertThat(statuses(p, 3)).isEqualTo(statuses(p, 3)).contains(200, 500);
    assertThat(statuses(p, 3)).isNotEqualTo(statuses(p, 4));
  }

  private static List<Integer> statuses(FaultProfile p, long seed) {
    List<Integer> out = new ArrayList<>();
    try (TciaSandbox s = TciaSandbox.builder().seed(seed).faults(p).start()) {
      for (int i = 0; i < 24; i++) {
        out.add(Http.of(s).get(V4 + "getCollectionValues").status());
      }
    }
    return out;
  }
}
