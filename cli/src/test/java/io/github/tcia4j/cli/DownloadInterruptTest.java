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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code tcia} program, run in a separate JVM, is stopped by a signal midway through a
 * download (the sandbox throttles four of its six series to a crawl): its shutdown hook cancels
 * the download, the series finished before stay, the unfinished ones are removed, the receipt is
 * written, and the process exits with the partial code 3. A re-run fetches only the rest.
 *
 * <p>The test sends SIGTERM ({@code Process.destroy()}), which runs the same shutdown hooks as
 * Ctrl-C's SIGINT; SIGINT itself cannot be used here because a JVM started from a background shell
 * (as builds often are) inherits an ignored SIGINT.
 */
class DownloadInterruptTest {
  @TempDir
  Path dir;

  @Test
  void aSignalCancelsCleanlyAndExitsWithThePartialCode() throws Exception {
    TciaSandbox.Builder builder = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Signal-CT", "CT").seriesCount(6).imagesPerSeries(4).build());
    try (TciaSandbox sandbox = builder.start()) {
      List<String> uids = sandbox.dataset(Host.NBIA).series().stream().map(Series::seriesInstanceUid).toList();
      FaultProfile.Builder crawl = FaultProfile.builder().name("crawl");
      for (String uid : uids.subList(2, 6)) {
        crawl.series("getImage", uid, FaultRule.builder().bytesPerSecond(500).build());
      }
      sandbox.faults(crawl.build());
      Path root = dir.resolve("dl");
      Path receipt = dir.resolve("run.json");
      List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(),
          TciaCommand.class.getName(), "download", "--base-url", sandbox.nbiaUrl(), "--path", root.toString(),
          "--workers", "6", "--receipt", receipt.toString()));
      command.addAll(uids);
      Path out = dir.resolve("out.txt");
      Path err = dir.resolve("err.txt");
      Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.readString(out).lines().filter(l -> l.startsWith("DOWNLOADED")).count() < 2) {
          assertThat(child.isAlive()).as("the child is still downloading; %s %s", Files.readString(out),
              Files.readString(err)).isTrue();
          assertThat(System.nanoTime()).as("two series finished within 120 s").isLessThan(deadline);
          Thread.sleep(50);
        }
        child.destroy();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ends after the signal").isTrue();
      } finally {
        child.destroyForcibly();
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(child.exitValue()).as("exit code; %s %s", stdout, stderr).isEqualTo(TciaCommand.PARTIAL);
      assertThat(stderr).contains("interrupted, cancelling the download");
      assertThat(stdout).contains("Downloaded 2 of 6 series, 0 failed, 0 already present, 4 cancelled");
      for (String uid : uids.subList(0, 2)) {
        assertThat(SeriesOnDisk.md5sOfDicomFiles(root.resolve(uid)))
            .isEqualTo(SeriesOnDisk.expectedMd5s(sandbox.dataset(Host.NBIA), uid));
      }
      for (String uid : uids.subList(2, 6)) {
        assertThat(root.resolve(uid)).as("a cancelled series is not in place").doesNotExist();
      }
      assertThat(SeriesOnDisk.leftovers(root)).isEmpty();
      assertThat(Files.readString(receipt)).contains("\"overall\": \"PARTIAL\"", "\"cancelled\": 4");

      sandbox.faults(FaultProfile.none());
      List<String> again = new ArrayList<>(List.of("download", "--base-url", sandbox.nbiaUrl(), "--path",
          root.toString()));
      again.addAll(uids);
      CliRun resumed = CliRun.of(again.toArray(String[]::new));
      assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(TciaCommand.OK);
      assertThat(resumed.out()).contains("Downloaded 4 of 4 series, 0 failed, 2 already present");
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
