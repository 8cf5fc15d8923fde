package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.download.internal.RecordCheck;
import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download in a separate JVM is killed with SIGKILL midway (the sandbox throttles four of its
 * six series to a crawl); a re-run in this JVM completes it without fetching the finished series
 * again and leaves no temporary folders.
 */
class KillAndResumeTest {
  @TempDir
  Path dir;

  @Test
  void aRunKilledMidwayIsResumedWithoutFetchingFinishedSeriesAgain() throws Exception {
    Path root = dir.resolve("dl");
    TciaSandbox.Builder builder = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Kill-CT", "CT").seriesCount(6).imagesPerSeries(4).build());
    try (TciaSandbox sandbox = builder.start()) {
      List<String> uids = sandbox.dataset(Host.NBIA).series().stream().map(s -> s.seriesInstanceUid()).toList();
      FaultProfile.Builder crawl = FaultProfile.builder().name("crawl");
      for (String uid : uids.subList(2, 6)) {
        crawl.series("getImage", uid, FaultRule.builder().bytesPerSecond(500).build());
      }
      sandbox.faults(crawl.build());

      List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(),
          KillableDownload.class.getName(), sandbox.nbiaUrl(), root.toString()));
      command.addAll(uids);
      Path log = dir.resolve("child.log");
      Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(complete(root, uids.get(0)) && complete(root, uids.get(1)) && partsIn(root) >= 2)) {
          assertThat(child.isAlive()).as("the child is still downloading; its log: %s",
              Files.exists(log) ? Files.readString(log) : "").isTrue();
          assertThat(System.nanoTime()).as("the child reached the middle within 120 s").isLessThan(deadline);
          Thread.sleep(50);
        }
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(child.exitValue()).as("killed, not finished").isNotZero();
      assertThat(partsIn(root)).as("the kill left temporary folders").isGreaterThanOrEqualTo(2);
      for (String uid : uids.subList(2, 6)) {
        assertThat(complete(root, uid)).as("a killed series never looks complete").isFalse();
      }

      sandbox.faults(FaultProfile.none());
      try (NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {
        DownloadReport report = nbia.downloadSeries(uids, root);
        assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
        assertThat(report.outcomes().subList(0, 2)).extracting(SeriesOutcome::status)
            .containsOnly(SeriesStatus.ALREADY_PRESENT);
        assertThat(report.outcomes().subList(2, 6)).extracting(SeriesOutcome::status)
            .containsOnly(SeriesStatus.DOWNLOADED);
      }
      for (String uid : uids.subList(0, 2)) {
        assertThat(sandbox.requests().stream().filter(r -> r.endpoint().equals("getImage")
            && r.parameter("SeriesInstanceUID").orElse("").equals(uid)).count())
            .as("finished series are not fetched again").isEqualTo(1);
      }
      assertThat(partsIn(root)).as("no .part folders are left").isZero();
      SandboxTruth truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
      for (String uid : uids) {
        truth.assertFolderHoldsTheSeries(root.resolve(uid), uid);
      }
    }
  }

  private static boolean complete(Path root, String uid) {
    return RecordCheck.folder(root.resolve(uid), uid, false).complete();
  }

  private static long partsIn(Path root) throws Exception {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(p -> p.getFileName().toString().contains(".part-")).count();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
