package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.download.internal.DicomHeader;
import io.github.tcia4j.nbia.download.internal.Digests;
import io.github.tcia4j.nbia.download.internal.RecordCheck;
import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download in a separate JVM is killed with SIGKILL midway (the sandbox throttles four of its
 * six series to a crawl); a re-run in this JVM completes it without fetching the finished series
 * again and leaves no temporary folders. A killed series whose temporary folder held at least half
 * of its instances is resumed instance by instance (only the missing or cut-off ones fetched);
 * one with less is fetched as a zip again.
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

      SandboxTruth truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
      Map<String, Set<String>> leftByHeader = new HashMap<>();
      Map<String, Set<String>> leftIntact = new HashMap<>();
      for (String uid : uids.subList(2, 6)) {
        leftByHeader.put(uid, new TreeSet<>());
        leftIntact.put(uid, new TreeSet<>());
        for (Path file : partFiles(root, uid)) {
          Optional<String> sop = DicomHeader.sopInstanceUid(file);
          if (sop.isPresent()) {
            leftByHeader.get(uid).add(sop.get());
            if (Digests.hash(file, Digests.md5()).equals(truth.md5s(uid).get(sop.get()))) {
              leftIntact.get(uid).add(sop.get());
            }
          }
        }
      }

      sandbox.faults(FaultProfile.none());
      sandbox.clearRequests();
      DownloadReport report;
      try (NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {
        report = nbia.downloadSeries(uids, root);
      }
      assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
      assertThat(report.outcomes().subList(0, 2)).extracting(SeriesOutcome::status)
          .containsOnly(SeriesStatus.ALREADY_PRESENT);
      for (String uid : uids.subList(0, 2)) {
        assertThat(requests(sandbox, "getImage", uid)).as("finished series are not fetched again").isEmpty();
      }
      for (String uid : uids.subList(2, 6)) {
        SeriesOutcome o = report.outcome(uid).orElseThrow();
        int all = truth.md5s(uid).size();
        if (leftByHeader.get(uid).size() * 2 >= all) {
          // at least half was left: resumed instance by instance, only what is missing or broken fetched
          assertThat(o.status()).as("%s left %s", uid, leftByHeader.get(uid)).isEqualTo(SeriesStatus.REPAIRED);
          assertThat(requests(sandbox, "getImage", uid)).isEmpty();
          Set<String> missing = new TreeSet<>(truth.md5s(uid).keySet());
          missing.removeAll(leftIntact.get(uid));
          assertThat(requests(sandbox, "getSingleImage", uid)).extracting(r -> r.parameter("SOPInstanceUID")
              .orElseThrow()).containsExactlyInAnyOrderElementsOf(missing);
        } else {
          assertThat(o.status()).as("%s left %s", uid, leftByHeader.get(uid)).isEqualTo(SeriesStatus.DOWNLOADED);
          assertThat(requests(sandbox, "getImage", uid)).hasSize(1);
          assertThat(requests(sandbox, "getSingleImage", uid)).isEmpty();
        }
      }
      assertThat(partsIn(root)).as("no .part folders are left").isZero();
      for (String uid : uids) {
        truth.assertFolderHoldsTheSeries(root.resolve(uid), uid);
      }
    }
  }

  private static List<RecordedRequest> requests(TciaSandbox sandbox, String endpoint, String uid) {
    return sandbox.requests().stream().filter(r -> r.endpoint().equals(endpoint)
        && r.parameter("SeriesInstanceUID").orElse("").equals(uid)).toList();
  }

  /** The files in the temporary folders the killed run left for a series. */
  private static List<Path> partFiles(Path root, String uid) throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path part : entries.filter(p -> p.getFileName().toString().startsWith(uid + ".part-")).toList()) {
        try (Stream<Path> inside = Files.list(part)) {
          inside.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    return files;
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
