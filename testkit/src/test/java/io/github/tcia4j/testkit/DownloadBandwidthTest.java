package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Series;
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

/**
 * Bandwidth caps on downloads, measured through an injected sleeper and time source (the
 * sandbox waits on fake time, so no test waits for real).
 */
class DownloadBandwidthTest {
  private static final long RATE = 1_000_000;
  /** The token bucket's initial burst: 50 ms worth. */
  private static final long BURST = RATE / 20;

  /** Fake monotonic time that only moves when the sandbox sleeps, and the sleeps it saw. */
  private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper fake = d -> {
    sleeps.add(d);
    nanos.addAndGet(d.toNanos());
  };

  private Duration slept() {
    synchronized (sleeps) {
      return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
  }

  private TciaSandbox start(FaultProfile p) {
    return TciaSandbox.builder().withoutBuiltInCollections().faults(p).sleeper(fake)
        .nanoTime(nanos::get).addCollection(CollectionSpec.builder("SBX-Bandwidth", "CT")
            .seriesCount(2).imagesPerSeries(30).matrix(128, 128).build()).start();
  }

  private static long download(TciaSandbox s, Series x) {
    byte[] body = Zips.get(s.nbiaUrl() + V4 + "getImage?SeriesInstanceUID="
        + x.seriesInstanceUid()).body();
    assertThat(Zips.entries(body)).hasSize(31);
    return body.length;
  }

  private static Duration at(long bytes) {
    return Duration.ofNanos(bytes * 1_000_000_000L / RATE);
  }

  @Test
  void aConnectionCapMakesEachDownloadWaitForItsBytes() {
    FaultProfile p = FaultProfile.builder().endpoint("getImage", FaultRule.builder()
        .bytesPerSecond(RATE).build()).build();
    try (TciaSandbox s = start(p)) {
      long a = download(s, s.dataset(Host.NBIA).series().get(0));
      long b = download(s, s.dataset(Host.NBIA).series().get(1));
      assertThat(a + b).isGreaterThan(10 * BURST);
      Duration expected = at(a - BURST).plus(at(b - BURST));
      assertThat(slept()).isBetween(expected.minusMillis(1), expected.plusMillis(1));
      assertThat(s.counters().throttleWait()).isEqualTo(slept());
      assertThat(s.counters().faults(FaultKind.THROTTLE)).isPositive();
      assertThat(s.requests()).allSatisfy(r -> assertThat(r.faults()).containsExactly("THROTTLE"));
    }
  }

  @Test
  void theTotalCapIsSharedAcrossDownloads() {
    FaultProfile p = FaultProfile.builder().totalBytesPerSecond(RATE).build();
    try (TciaSandbox s = start(p)) {
      long a = download(s, s.dataset(Host.NBIA).series().get(0));
      long b = download(s, s.dataset(Host.NBIA).series().get(1));
      Duration expected = at(a + b - BURST);
      assertThat(slept()).as("one burst for both downloads")
          .isBetween(expected.minusMillis(1), expected.plusMillis(1));
    }
  }

  @Test
  void withoutCapsNothingWaits() {
    try (TciaSandbox s = start(FaultProfile.none())) {
      download(s, s.dataset(Host.NBIA).series().get(0));
      assertThat(sleeps).isEmpty();
      assertThat(s.counters().faults(FaultKind.THROTTLE)).isZero();
    }
  }
}
