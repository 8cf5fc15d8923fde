package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.download.internal.RecordCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A download in a separate JVM is killed with SIGKILL midway; a re-run completes it. */
class KillAndResumeTest {
  @TempDir
  Path dir;

  @Test
  void aRunKilledMidwayIsResumedWithoutFetchingFinishedSeriesAgain() throws Exception {
    Path root = dir.resolve("dl");
    try (FakeNbia server = new FakeNbia()) {
      List<String> uids = server.addSeries("1.2.4.1", 6, 4);
      for (String uid : uids.subList(2, 6)) {
        server.script(uid, server.stall(0.5));
      }
      List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(),
          KillableDownload.class.getName(), server.root(), root.toString()));
      command.addAll(uids);
      Process child = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(complete(root, uids.get(0)) && complete(root, uids.get(1)) && partsIn(root) >= 2)) {
          assertThat(child.isAlive()).as("the child is still downloading; its log: %s",
              Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
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
        assertThat(RecordCheck.folder(root.resolve(uid), uid, false).complete()).isFalse();
      }

      server.releaseStalls();
      for (String uid : uids.subList(2, 6)) {
        server.script(uid, server.ok());
      }
      try (NbiaClient nbia = NbiaClient.connect(server.root())) {
        DownloadReport report = nbia.downloadSeries(uids, root);
        assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
        assertThat(report.outcomes().subList(0, 2)).extracting(SeriesOutcome::status)
            .containsOnly(SeriesStatus.ALREADY_PRESENT);
        assertThat(report.outcomes().subList(2, 6)).extracting(SeriesOutcome::status)
            .containsOnly(SeriesStatus.DOWNLOADED);
      }
      assertThat(server.count("getImage", uids.get(0))).isEqualTo(1);
      assertThat(server.count("getImage", uids.get(1))).isEqualTo(1);
      assertThat(partsIn(root)).as("no .part folders are left").isZero();
      for (String uid : uids) {
        assertThat(RecordCheck.folder(root.resolve(uid), uid, true).complete()).isTrue();
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
