package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.download.internal.RecordCheck;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from the sandbox with its built-in data: layouts, zips, inputs, API generations. */
class SandboxDownloadTest {
  private static TciaSandbox sandbox;
  private static SandboxTruth truth;
  @TempDir
  Path dir;
  private NbiaClient nbia;

  @BeforeAll
  static void startSandbox() {
    sandbox = TciaSandbox.start();
    truth = new SandboxTruth(sandbox.dataset(Host.NBIA));
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void client() {
    sandbox.clearRequests();
    nbia = NbiaClient.connect(sandbox.nbiaUrl());
  }

  private List<Series> lungCt() {
    return nbia.getSeries(SeriesQuery.collection("SBX-Lung-CT").withModality("CT"));
  }

  private long getImageRequests() {
    return sandbox.requests().stream().filter(r -> r.endpoint().equals("getImage")).count();
  }

  @Test
  void getSeriesResultsDownloadIntoTheTciaUtilsLayout() throws Exception {
    List<Series> series = lungCt().subList(0, 4);
    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().series(series).path(dir).build());
    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    for (SeriesOutcome o : report.outcomes()) {
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.location()).isEqualTo(dir.toAbsolutePath().resolve(o.seriesInstanceUid()));
      assertThat(o.collection()).isEqualTo("SBX-Lung-CT");
      assertThat(o.licenseName()).isNotBlank();
      assertThat(o.doi()).startsWith("https://doi.org/10.80000/SBX.");
      assertThat(o.location().resolve("LICENSE")).exists();
      truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
      try (Stream<Path> files = Files.list(o.location())) {
        assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dcm")))
            .allMatch(n -> n.matches("1-\\d+\\.dcm"));
      }
    }
    RecordedRequest first = sandbox.requests().stream().filter(r -> r.endpoint().equals("getImage")).findFirst()
        .orElseThrow();
    assertThat(first.parameter("NewFileNames")).hasValue("Yes");
    assertThat(first.parameter("IncludeMD5")).hasValue("yes");

    sandbox.clearRequests();
    DownloadReport again = nbia.downloadSeries(DownloadRequest.builder().series(series).path(dir).build());
    assertThat(again.totals().alreadyPresent()).isEqualTo(4);
    assertThat(getImageRequests()).as("a re-run fetches nothing").isZero();
  }

  @Test
  void aManifestIsAnInput() throws Exception {
    List<String> uids = lungCt().stream().skip(4).limit(2).map(Series::seriesInstanceUid).toList();
    Path manifest = io.github.tcia4j.nbia.Manifest.of(uids).write(dir.resolve("cart.tcia"));
    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().manifest(manifest).path(dir.resolve("dl"))
        .build());
    assertThat(report.outcomes()).extracting(SeriesOutcome::seriesInstanceUid).containsExactlyElementsOf(uids);
    for (SeriesOutcome o : report.outcomes()) {
      truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
    }
  }

  @Test
  void templateLayoutsUseTheServersMetadata() throws Exception {
    List<String> uids = truth.visible("SBX Head+Neck").stream().limit(3).map(s -> s.seriesInstanceUid()).toList();
    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(dir)
        .layout(DownloadLayout.template("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}"))
        .build());
    for (SeriesOutcome o : report.outcomes()) {
      io.github.tcia4j.testkit.data.Series s = sandbox.dataset(Host.NBIA).series(o.seriesInstanceUid()).orElseThrow();
      assertThat(dir.toAbsolutePath().relativize(o.location())).isEqualTo(Path.of("SBX Head+Neck", s.patientId(),
          s.studyInstanceUid(), s.modality() + "_" + s.seriesInstanceUid()));
      truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
    }
  }

  @Test
  void zipsAreTheServersZipsVerifiedOnTheWay() throws Exception {
    List<String> uids = lungCt().stream().limit(2).map(Series::seriesInstanceUid).toList();
    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(dir).asZip(true)
        .build());
    for (SeriesOutcome o : report.outcomes()) {
      assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(o.location().getFileName()).hasToString(o.seriesInstanceUid() + ".zip");
      assertThat(o.images()).isEqualTo(truth.md5s(o.seriesInstanceUid()).size());
      assertThat(Files.size(o.location())).isEqualTo(o.bytes());
      assertThat(RecordCheck.zip(o.location(), o.seriesInstanceUid(), true).complete()).isTrue();
    }
  }

  @Test
  void numberAndUnknownSeriesFollowTciaUtilsButReportEverything() {
    List<String> uids = new java.util.ArrayList<>(lungCt().stream().limit(3).map(Series::seriesInstanceUid).toList());
    String nlst = sandbox.dataset(Host.NLST).series().get(0).seriesInstanceUid();
    uids.add(0, nlst);
    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().seriesUids(uids).path(dir).number(3)
        .build());
    assertThat(report.outcomes()).hasSize(3);
    assertThat(report.outcomes().get(0).status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(report.outcomes().get(0).error()).contains("does not know this series").contains("NLST");
    assertThat(report.outcomes().subList(1, 3)).extracting(SeriesOutcome::status)
        .containsOnly(SeriesStatus.DOWNLOADED);
    assertThat(report.overall()).isEqualTo(OverallStatus.PARTIAL);
  }

  @Test
  void olderApiGenerationsDownloadToo() throws Exception {
    List<String> uids = lungCt().stream().limit(2).map(Series::seriesInstanceUid).toList();
    for (ApiVersion version : List.of(ApiVersion.V1, ApiVersion.V2)) {
      sandbox.clearRequests();
      Path folder = dir.resolve(version.name());
      try (NbiaClient old = NbiaClient.builder().baseUrl(sandbox.nbiaUrl()).apiVersion(version).build()) {
        DownloadReport report = old.downloadSeries(uids, folder);
        assertThat(report.overall()).as(version.name()).isEqualTo(OverallStatus.COMPLETE);
        for (SeriesOutcome o : report.outcomes()) {
          assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
          truth.assertFolderHoldsTheSeries(o.location(), o.seriesInstanceUid());
        }
      }
      assertThat(sandbox.requests()).filteredOn(r -> r.endpoint().equals("getImageWithMD5Hash"))
          .hasSize(2).allSatisfy(r -> assertThat(r.family()).isEqualTo(version.name().toLowerCase()));
    }
  }

  @Test
  void downloadImageFetchesOneInstance() throws Exception {
    String seriesUid = lungCt().get(0).seriesInstanceUid();
    String sop = nbia.getSopInstanceUids(seriesUid).get(0).name();
    Path file = nbia.downloadImage(seriesUid, sop, dir);
    assertThat(file).isEqualTo(dir.toAbsolutePath().resolve(seriesUid).resolve(sop + ".dcm"));
    assertThat(io.github.tcia4j.nbia.download.internal.Digests.hash(file,
        io.github.tcia4j.nbia.download.internal.Digests.md5())).isEqualTo(truth.md5s(seriesUid).get(sop));
  }

  @Test
  void downloadImageOfAWrongSopUidCostsTheTransportsAttemptsOnlyAndSaysWhy() {
    String seriesUid = lungCt().get(0).seriesInstanceUid();
    int instances = nbia.getSopInstanceUids(seriesUid).size();
    String otherSeries = lungCt().get(1).seriesInstanceUid();
    String foreignSop = nbia.getSopInstanceUids(otherSeries).get(0).name();
    try (NbiaClient noWaits = NbiaClient.builder().baseUrl(sandbox.nbiaUrl()).configure(c -> c.sleeper(d -> {}))
        .build()) {
      for (String sop : List.of("1.2.3", foreignSop)) {
        sandbox.clearRequests();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noWaits.downloadImage(seriesUid, sop, dir))
            .isInstanceOf(io.github.tcia4j.common.error.TciaException.class)
            .hasMessageContaining("SOP " + sop + " is not an instance of series " + seriesUid
                + " (the series has " + instances + " instances");
        assertThat(sandbox.requests()).as(sop).filteredOn(r -> r.endpoint().equals("getSingleImage")).hasSize(4);
        assertThat(sandbox.requests()).as(sop).hasSize(5);
      }
    }
    assertThat(dir.resolve(seriesUid)).isEmptyDirectory();
  }
}
