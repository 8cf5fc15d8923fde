package io.github.tcia4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes of {@code tcia download} against sandboxes with faults: complete, partial (one series
 * fails every attempt and cannot be repaired) and failed (no series succeeds). Waits between
 * attempts go to a recording sleeper, so nothing really waits.
 */
class DownloadExitCodesTest {
  private static final FaultRule ALWAYS_500 = FaultRule.builder().failureProbability(1.0).build();

  @TempDir
  Path dir;

  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  private static TciaSandbox sandbox(int series) {
    return TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Exit-CT", "CT").seriesCount(series).imagesPerSeries(3)
            .matrix(16, 16).build())
        .start();
  }

  private CliRun download(TciaSandbox sandbox, String... args) {
    List<String> all = new ArrayList<>(List.of("download", "--base-url", sandbox.nbiaUrl()));
    all.addAll(List.of(args));
    return CliRun.with(c -> c.sleeper(waits::add), all.toArray(String[]::new));
  }

  private static List<String> uids(TciaSandbox sandbox) {
    return sandbox.dataset(Host.NBIA).series().stream().map(Series::seriesInstanceUid).toList();
  }

  @Test
  void aSeriesThatFailsEveryAttemptAndCannotBeRepairedMakesTheRunPartial() throws Exception {
    try (TciaSandbox sandbox = sandbox(3)) {
      List<String> uids = uids(sandbox);
      String bad = uids.get(1);
      sandbox.faults(FaultProfile.builder().name("one-bad-series")
          .series("getImage", bad, ALWAYS_500)
          .series("getSOPInstanceUIDs", bad, ALWAYS_500)
          .series("getSingleImage", bad, ALWAYS_500)
          .build());
      Path root = dir.resolve("dl");
      List<String> args = new ArrayList<>(uids);
      args.addAll(List.of("--path", root.toString(), "--attempts", "2", "--receipt", dir.resolve("r.json").toString()));
      CliRun run = download(sandbox, args.toArray(String[]::new));

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TciaCommand.PARTIAL);
      assertThat(run.out()).contains("FAILED           " + bad).contains("2 attempts")
          .contains("Downloaded 2 of 3 series, 1 failed")
          .contains("1 series not complete; run the same command again to retry them");
      assertThat(run.out().lines().filter(l -> l.startsWith("DOWNLOADED"))).hasSize(2);
      assertThat(root.resolve(bad)).doesNotExist();
      assertThat(root.resolve(uids.get(0))).isDirectory();
      assertThat(SeriesOnDisk.leftovers(root)).isEmpty();
      assertThat(waits).as("backoff between attempts went through the injected sleeper").isNotEmpty();
      List<String> csv = Files.readAllLines(dir.resolve("r.csv"), StandardCharsets.UTF_8);
      assertThat(csv).filteredOn(l -> l.startsWith(bad + ",")).singleElement()
          .satisfies(l -> assertThat(l).contains(",FAILED,"));
      assertThat(Files.readString(dir.resolve("r.json"))).contains("\"overall\": \"PARTIAL\"", "\"failed\": 1");

      sandbox.faults(FaultProfile.none());
      CliRun resumed = download(sandbox, args.toArray(String[]::new));
      assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(TciaCommand.OK);
      assertThat(resumed.out()).contains("Downloaded 1 of 1 series, 0 failed, 2 already present");
    }
  }

  @Test
  void aRunInWhichNoSeriesSucceedsFails() throws Exception {
    try (TciaSandbox sandbox = sandbox(2)) {
      sandbox.faults(FaultProfile.named("outage"));
      List<String> args = new ArrayList<>(uids(sandbox));
      args.addAll(List.of("--path", dir.resolve("dl").toString(), "--attempts", "1", "--no-repair"));
      CliRun run = download(sandbox, args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TciaCommand.DOWNLOAD_FAILED);
      assertThat(run.out().lines().filter(l -> l.startsWith("FAILED"))).hasSize(2)
          .allSatisfy(l -> assertThat(l).contains("error: ").contains("500"));
      assertThat(run.out()).contains("Downloaded 0 of 2 series, 2 failed");
      assertThat(SeriesOnDisk.leftovers(dir.resolve("dl"))).isEmpty();
    }
  }

  @Test
  void aCompleteRunEndsWithZeroEvenAfterRetries() throws Exception {
    try (TciaSandbox sandbox = sandbox(2)) {
      sandbox.faults(FaultProfile.named("truncate-once"));
      List<String> args = new ArrayList<>(uids(sandbox));
      args.addAll(List.of("--path", dir.resolve("dl").toString()));
      CliRun run = download(sandbox, args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TciaCommand.OK);
      assertThat(run.out().lines().filter(l -> l.startsWith("DOWNLOADED"))).hasSize(2)
          .allSatisfy(l -> assertThat(l).contains("2 attempts"));
    }
  }

  @Test
  void aDownloadFolderInUseIsAFailureToStart() throws Exception {
    try (TciaSandbox sandbox = sandbox(1);
         java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
             Files.createDirectories(dir.resolve("dl")).resolve(".tcia4j.lock"),
             java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
         java.nio.channels.FileLock lock = channel.lock()) {
      CliRun run = download(sandbox, uids(sandbox).get(0), "--path", dir.resolve("dl").toString());
      assertThat(lock.isValid()).isTrue();
      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TciaCommand.FAILED);
      assertThat(run.err()).startsWith("tcia: ").contains("Another download is running into");
    }
  }
}
