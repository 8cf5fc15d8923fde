package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import io.github.tcia4j.testkit.fault.StreamFaultKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue #5: a 100-series download from a sandbox whose getImage answers mix
 * 500 bursts, 429 with Retry-After, resets, truncations, corrupted entries and stalls ends with
 * every series verified (or precisely reported), nothing corrupt in place and no series fetched
 * twice; and a download cancelled midway resumes without fetching its finished series again.
 */
class SandboxFaultsTest {
  private static final Set<String> STREAM_FAULTS = Set.of("RESET", "TRUNCATE", "STALL", "CORRUPT");

  @TempDir
  Path dir;

  @Test
  void aHundredSeriesThroughEveryFaultEndVerified() throws Exception {
    TciaSandbox.Builder builder = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Faults-CT", "CT").seriesCount(100).imagesPerSeries(3)
            .matrix(16, 16).patients(20).build());
    try (TciaSandbox sandbox = builder.start()) {
      List<String> uids = sandbox.dataset(Host.NBIA).series().stream().map(s -> s.seriesInstanceUid()).toList();
      assertThat(uids).hasSize(100);
      String burst = uids.get(10);
      String alwaysDown = uids.get(20);
      String alwaysCorrupt = uids.get(30);
      FaultRule mixed = FaultRule.builder().perSeries(true)
          .failureProbability(0.08).rateLimitProbability(0.05).retryAfter(Duration.ofSeconds(1))
          .resetProbability(0.07).truncateProbability(0.07).corruptProbability(0.05)
          .stallProbability(0.03).stallDuration(Duration.ofSeconds(5))
          .build();
      sandbox.faults(FaultProfile.builder().name("issue-5-mix")
          .endpoint("getImage", mixed)
          .series("getImage", burst, FaultRule.builder().failFirst(6).build())
          .series("getImage", alwaysDown, FaultRule.builder().failureProbability(1.0).build())
          .series("getImage", alwaysCorrupt, FaultRule.builder().streamFaultFirst(StreamFaultKind.CORRUPT, 1000)
              .build())
          .build());
      List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
      Path root = dir.resolve("dl");
      DownloadReport report;
      try (NbiaClient nbia = NbiaClient.builder().baseUrl(sandbox.nbiaUrl())
          .configure(c -> c.sleeper(waits::add).retryPolicy(RetryPolicy.defaults())).build()) {
        report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(root)
            .readTimeout(Duration.ofSeconds(2)).receiptJson(dir.resolve("receipt.json")).build());
      }

      // every series ends verified
      assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
      assertThat(report.outcomes()).hasSize(100).allSatisfy(o -> {
        assertThat(o.md5()).as(o.seriesInstanceUid()).isEqualTo(Md5Check.VERIFIED);
        assertThat(o.images()).isEqualTo(3);
      });
      assertThat(report.outcome(alwaysDown).orElseThrow().status()).isEqualTo(SeriesStatus.REPAIRED);
      assertThat(report.outcome(alwaysCorrupt).orElseThrow().status()).isEqualTo(SeriesStatus.REPAIRED);
      SeriesOutcome burstOutcome = report.outcome(burst).orElseThrow();
      assertThat(burstOutcome.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(burstOutcome.httpRequests()).isEqualTo(7);
      assertThat(burstOutcome.attempts()).isEqualTo(2);

      // every kind of fault happened
      for (FaultKind kind : List.of(FaultKind.ERROR_STATUS, FaultKind.RATE_LIMIT, FaultKind.RESET,
          FaultKind.TRUNCATE, FaultKind.CORRUPT, FaultKind.STALL)) {
        assertThat(sandbox.counters().faults(kind)).as(kind.name()).isPositive();
      }
      assertThat(waits).as("Retry-After of the 429s was honoured").contains(Duration.ofSeconds(1));

      // nothing corrupt in place: every folder holds exactly the sandbox's instances
      SandboxTruth truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
      for (SeriesOutcome o : report.outcomes()) {
        truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
      }
      try (Stream<Path> all = Files.walk(root)) {
        assertThat(all.filter(p -> p.getFileName().toString().contains(".part-"))).isEmpty();
      }

      // no series downloaded twice: requests match the report, one clean zip per downloaded series
      List<RecordedRequest> zips = awaitLoggedZipRequests(sandbox, report);
      for (SeriesOutcome o : report.outcomes()) {
        List<RecordedRequest> own = zips.stream()
            .filter(r -> r.parameter("SeriesInstanceUID").orElse("").equals(o.seriesInstanceUid())).toList();
        assertThat(own).as("requests of %s", o.seriesInstanceUid()).hasSize(o.httpRequests());
        long clean = own.stream().filter(r -> r.status() == 200 && r.faults().stream().noneMatch(STREAM_FAULTS::contains))
            .count();
        assertThat(clean).as("clean zips of %s", o.seriesInstanceUid())
            .isEqualTo(o.status() == SeriesStatus.DOWNLOADED ? 1 : 0);
      }
      String receipt = Files.readString(dir.resolve("receipt.json"));
      assertThat(receipt).contains("\"requested\": 100", "\"repaired\": 2", "\"failed\": 0");
    }
  }

  @Test
  void aDownloadCancelledMidwayLeavesNothingHalfDoneAndResumes() throws Exception {
    TciaSandbox.Builder builder = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Cancel-CT", "CT").seriesCount(8).imagesPerSeries(4).build());
    try (TciaSandbox sandbox = builder.start()) {
      List<String> uids = sandbox.dataset(Host.NBIA).series().stream().map(s -> s.seriesInstanceUid()).toList();
      FaultProfile.Builder crawl = FaultProfile.builder().name("crawl");
      for (String uid : uids.subList(2, 8)) {
        crawl.series("getImage", uid, FaultRule.builder().bytesPerSecond(500).build());
      }
      sandbox.faults(crawl.build());
      Path root = dir.resolve("dl");
      java.util.concurrent.atomic.AtomicReference<DownloadJob> job = new java.util.concurrent.atomic.AtomicReference<>();
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      DownloadListener cancelAfterTwo = new DownloadListener() {
        @Override
        public void seriesFinished(SeriesOutcome outcome) {
          if (outcome.status() == SeriesStatus.DOWNLOADED && done.incrementAndGet() == 2) {
            while (job.get() == null) {
              Thread.onSpinWait();
            }
            job.get().cancel();
          }
        }
      };
      try (NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {
        DownloadReport cancelled;
        try (DownloadJob started = nbia.startDownload(DownloadRequest.builder().seriesUids(uids).path(root)
            .workers(8).listener(cancelAfterTwo).build())) {
          job.set(started);
          cancelled = started.await();
        }
        assertThat(cancelled.totals().downloaded()).isEqualTo(2);
        assertThat(cancelled.totals().cancelled()).isEqualTo(6);
        for (SeriesOutcome o : cancelled.outcomes()) {
          if (o.status() == SeriesStatus.CANCELLED) {
            assertThat(o.location()).as("a cancelled series is not in place").doesNotExist();
          }
        }
        try (Stream<Path> all = Files.walk(root)) {
          assertThat(all.filter(p -> p.getFileName().toString().contains(".part-"))).isEmpty();
        }

        sandbox.faults(FaultProfile.none());
        DownloadReport resumed = nbia.downloadSeries(uids, root);
        assertThat(resumed.overall()).isEqualTo(OverallStatus.COMPLETE);
        assertThat(resumed.totals().alreadyPresent()).isEqualTo(2);
        SandboxTruth truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
        for (SeriesOutcome o : cancelled.outcomes()) {
          long requests = sandbox.requests().stream().filter(r -> r.endpoint().equals("getImage")
              && r.parameter("SeriesInstanceUID").orElse("").equals(o.seriesInstanceUid())).count();
          if (o.status() == SeriesStatus.DOWNLOADED) {
            assertThat(requests).as("finished before the cancel, not fetched again").isEqualTo(1);
          }
          truth.assertFolderHoldsTheSeries(root.resolve(o.seriesInstanceUid()), o.seriesInstanceUid());
        }
      }
    }
  }

  /** Stalled requests are logged when the sandbox gives up writing to them; wait for that. */
  private static List<RecordedRequest> awaitLoggedZipRequests(TciaSandbox sandbox, DownloadReport report)
      throws InterruptedException {
    long expected = report.outcomes().stream().mapToLong(SeriesOutcome::httpRequests).sum();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      List<RecordedRequest> zips = sandbox.requests().stream().filter(r -> r.endpoint().equals("getImage")).toList();
      if (zips.size() >= expected || System.nanoTime() > deadline) {
        return zips;
      }
      Thread.sleep(100);
    }
  }
}
