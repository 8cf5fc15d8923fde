package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.fault.FaultProfile;
import io.github.tcia4j.testkit.fault.FaultRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metadata query that keeps failing costs only its own series their metadata: they still
 * download (flat layout, without the ImageCount and FileSize checks, with a warning); only a
 * layout that needs the metadata fails them, saying why.
 */
class SandboxMetadataFaultsTest {
  private static final String COLLECTION = "SBX-Meta-CT";
  private static TciaSandbox sandbox;
  private static List<String> uids;
  private static SandboxTruth truth;
  @TempDir
  Path dir;

  @BeforeAll
  static void startSandbox() {
    sandbox = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder(COLLECTION, "CT").seriesCount(3).imagesPerSeries(3).build()).start();
    uids = sandbox.dataset(Host.NBIA).series().stream().map(s -> s.seriesInstanceUid()).toList();
    truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.faults(FaultProfile.none());
    sandbox.clearRequests();
  }

  private static NbiaClient client(ApiVersion version) {
    return NbiaClient.builder().baseUrl(sandbox.nbiaUrl()).apiVersion(version).configure(c -> c.sleeper(d -> {}))
        .build();
  }

  private static void assertDownloadedWithoutMetadata(SeriesOutcome o) {
    assertThat(o.status()).as(o.seriesInstanceUid()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(o.expectedImages()).isNull();
    assertThat(o.collection()).isNull();
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("the series metadata could not be read")
        .contains("HTTP 500").contains("the ImageCount and FileSize checks were skipped"));
  }

  @Test
  void aFailingBulkMetadataQueryStillDownloadsEverySeriesInTheFlatLayout() throws Exception {
    sandbox.faults(FaultProfile.builder().name("metadata-down")
        .endpoint("getSeriesMetadata", FaultRule.builder().failureProbability(1.0).build()).build());
    Path root = dir.resolve("flat");
    DownloadReport report;
    try (NbiaClient nbia = client(ApiVersion.V4)) {
      report = nbia.downloadSeries(uids, root);
    }
    assertThat(sandbox.requests()).filteredOn(r -> r.endpoint().equals("getSeriesMetadata"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(500));
    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(report.outcomes()).hasSize(3).allSatisfy(SandboxMetadataFaultsTest::assertDownloadedWithoutMetadata);
    for (SeriesOutcome o : report.outcomes()) {
      assertThat(o.location()).isEqualTo(root.toAbsolutePath().resolve(o.seriesInstanceUid()));
      assertThat(o.images()).isEqualTo(3);
      truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
    }
  }

  @Test
  void aLayoutThatNeedsTheMissingMetadataFailsThoseSeriesPrecisely() throws Exception {
    sandbox.faults(FaultProfile.builder().name("metadata-down")
        .endpoint("getSeriesMetadata", FaultRule.builder().failureProbability(1.0).build()).build());
    DownloadReport report;
    try (NbiaClient nbia = client(ApiVersion.V4)) {
      report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(dir.resolve("tree"))
          .layout(DownloadLayout.template("{Collection}/{PatientID}/{SeriesInstanceUID}")).build());
    }
    assertThat(report.overall()).isEqualTo(OverallStatus.FAILED);
    assertThat(report.outcomes()).hasSize(3).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
      assertThat(o.error()).contains("the series metadata could not be read").contains("HTTP 500")
          .contains("needs {Collection}, {PatientID}").contains("flat layout");
    });
    assertThat(sandbox.requests()).noneMatch(r -> r.endpoint().equals("getImage"));

    DownloadReport onlyUid;
    try (NbiaClient nbia = client(ApiVersion.V4)) {
      onlyUid = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids.subList(0, 1))
          .path(dir.resolve("uid-only")).layout(DownloadLayout.template("series-{SeriesInstanceUID}")).build());
    }
    assertThat(onlyUid.outcomes().get(0).status()).as("a template of the UID alone needs no metadata")
        .isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(onlyUid.outcomes().get(0).location().getFileName()).hasToString("series-" + uids.get(0));
  }

  @Test
  void onApiV1OneFailingSeriesLosesOnlyItsOwnMetadata() throws Exception {
    String broken = uids.get(1);
    sandbox.faults(FaultProfile.builder().name("one-series-metadata-down")
        .series("getSeriesMetaData", broken, FaultRule.builder().failureProbability(1.0).build()).build());
    DownloadReport report;
    try (NbiaClient nbia = client(ApiVersion.V1)) {
      report = nbia.downloadSeries(uids, dir.resolve("v1"));
    }
    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertDownloadedWithoutMetadata(report.outcome(broken).orElseThrow());
    for (String uid : List.of(uids.get(0), uids.get(2))) {
      SeriesOutcome o = report.outcome(uid).orElseThrow();
      assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(o.collection()).isEqualTo(COLLECTION);
      assertThat(o.expectedImages()).isEqualTo(3);
      assertThat(o.warnings()).isEmpty();
    }
    for (SeriesOutcome o : report.outcomes()) {
      truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
    }
    assertThat(sandbox.requests()).filteredOn(r -> r.endpoint().equals("getSeriesMetaData"))
        .allSatisfy(r -> assertThat(r.family()).isEqualTo("v1"))
        .extracting(r -> r.parameter("SeriesInstanceUID").orElse(""))
        .contains(uids.get(0), broken, uids.get(2));
  }
}
