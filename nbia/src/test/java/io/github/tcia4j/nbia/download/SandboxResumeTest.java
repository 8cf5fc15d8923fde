package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.download.internal.DicomHeader;
import io.github.tcia4j.nbia.download.internal.SeriesFiles;
import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series an interrupted run left partly in its {@code .part-*} folder is completed from the
 * sandbox with getSingleImage for the missing instances only, and ends verified.
 */
class SandboxResumeTest {
  @TempDir
  Path dir;

  @Test
  void aPartialPartFolderIsCompletedWithOnlyTheMissingInstances() throws Exception {
    try (TciaSandbox sandbox = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Resume-CT", "CT").seriesCount(1).imagesPerSeries(6).build())
        .start();
        NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {
      String uid = sandbox.dataset(Host.NBIA).series().get(0).seriesInstanceUid();
      DownloadReport reference = nbia.downloadSeries(List.of(uid), dir.resolve("reference"));
      Path complete = reference.outcomes().get(0).location();
      List<Path> instances;
      try (Stream<Path> files = Files.list(complete)) {
        instances = files.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
      }
      assertThat(instances).hasSize(6);

      Path root = dir.resolve("dl");
      Path part = Files.createDirectories(root.resolve(uid + SeriesFiles.PART + "0badf00d"));
      Set<String> kept = new TreeSet<>();
      for (Path file : instances.subList(0, 4)) {
        Files.copy(file, part.resolve(file.getFileName()));
        kept.add(DicomHeader.sopInstanceUid(file).orElseThrow());
      }
      Set<String> missing = new TreeSet<>();
      for (Path file : instances.subList(4, 6)) {
        missing.add(DicomHeader.sopInstanceUid(file).orElseThrow());
      }
      sandbox.clearRequests();

      DownloadReport report = nbia.downloadSeries(List.of(uid), root);

      SeriesOutcome o = report.outcomes().get(0);
      assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.images()).isEqualTo(6);
      List<RecordedRequest> requests = sandbox.requests();
      assertThat(requests).noneMatch(r -> r.endpoint().equals("getImage"));
      List<String> fetched = new ArrayList<>();
      for (RecordedRequest r : requests) {
        if (r.endpoint().equals("getSingleImage")) {
          fetched.add(r.parameter("SOPInstanceUID").orElseThrow());
        }
      }
      assertThat(fetched).containsExactlyInAnyOrderElementsOf(missing);
      assertThat(requests).filteredOn(r -> r.endpoint().equals("getMD5HashForImage"))
          .extracting(r -> r.parameter("SOPInstanceUID").orElseThrow())
          .as("every instance, kept or fetched, checked against the server's MD5")
          .containsExactlyInAnyOrderElementsOf(union(kept, missing));
      new SandboxTruth(sandbox.dataset(Host.NBIA)).assertFolderHoldsTheSeries(o.location(), uid);
      assertThat(part).doesNotExist();
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
