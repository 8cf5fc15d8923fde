package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.OverallStatus;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadCancelTest {
  @TempDir
  Path root;
  private EngineHarness h;

  @BeforeEach
  void start() {
    h = new EngineHarness(root.resolve("dl"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void cancellingMidwayLeavesOnlyCompleteSeriesAndARerunFetchesTheRest() throws Exception {
    List<String> uids = h.server.addSeries("1.2.7.1", 8, 3);
    for (String uid : uids.subList(2, 8)) {
      h.server.script(uid, h.server.stall(0.5));
    }
    AtomicReference<DownloadJob> job = new AtomicReference<>();
    AtomicInteger downloaded = new AtomicInteger();
    DownloadListener cancelAfterTwo = new DownloadListener() {
      @Override
      public void seriesFinished(SeriesOutcome outcome) {
        if (outcome.status() == SeriesStatus.DOWNLOADED && downloaded.incrementAndGet() == 2) {
          while (job.get() == null) {
            Thread.onSpinWait();
          }
          job.get().cancel();
        }
      }
    };
    DownloadReport report;
    try (DownloadJob started = h.start(h.request(uids).workers(4).listener(cancelAfterTwo).build())) {
      job.set(started);
      report = started.await();
    }
    assertThat(report.outcomes().subList(0, 2)).extracting(SeriesOutcome::status)
        .containsOnly(SeriesStatus.DOWNLOADED);
    assertThat(report.outcomes().subList(2, 8)).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(SeriesStatus.CANCELLED);
      assertThat(o.error()).contains("cancelled");
      assertThat(o.location()).doesNotExist();
    });
    assertThat(report.overall()).isEqualTo(OverallStatus.PARTIAL);
    assertThat(report.totals().cancelled()).isEqualTo(6);
    assertThat(h.leftovers()).isEmpty();
    for (String uid : uids.subList(0, 2)) {
      assertThat(RecordCheck.folder(h.root.resolve(uid), uid, true).complete()).isTrue();
    }

    h.server.releaseStalls();
    for (String uid : uids.subList(2, 8)) {
      h.server.script(uid, h.server.ok());
    }
    DownloadReport rerun = h.run(h.request(uids).build());
    assertThat(rerun.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(rerun.totals().alreadyPresent()).isEqualTo(2);
    assertThat(rerun.totals().downloaded()).isEqualTo(6);
    for (String uid : uids.subList(0, 2)) {
      assertThat(h.server.count("getImage", uid)).as("finished series are not fetched again").isEqualTo(1);
    }
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void closingARunningJobCancelsIt() throws Exception {
    List<String> uids = h.server.addSeries("1.2.7.2", 2, 2);
    h.server.script(uids.get(0), h.server.stall(0.3));
    h.server.script(uids.get(1), h.server.stall(0.3));
    DownloadJob job = h.start(h.request(uids).build());
    assertThat(job.await(Duration.ofMillis(200))).isEmpty();
    assertThat(job.isDone()).isFalse();
    job.close();
    assertThat(job.isDone()).isTrue();
    DownloadReport report = job.await();
    assertThat(report.overall()).isEqualTo(OverallStatus.FAILED);
    assertThat(report.outcomes()).extracting(SeriesOutcome::status).containsOnly(SeriesStatus.CANCELLED);
    assertThat(h.leftovers()).isEmpty();
    job.cancel();
  }
}
