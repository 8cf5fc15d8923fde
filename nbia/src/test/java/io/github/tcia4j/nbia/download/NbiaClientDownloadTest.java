package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download methods of {@link NbiaClient}, over HTTP against a loopback server. */
class NbiaClientDownloadTest {
  @TempDir
  Path dir;
  private FakeNbia server;
  private NbiaClient nbia;

  @BeforeEach
  void start() {
    server = new FakeNbia();
    nbia = NbiaClient.builder().baseUrl(server.root()).configure(c -> c.sleeper(d -> {})).build();
  }

  @AfterEach
  void stop() {
    nbia.close();
    server.close();
  }

  @Test
  void downloadsByUidWithOneBulkMetadataRequest() {
    List<String> uids = server.addSeries("1.2.5.1", 3, 2);
    DownloadReport report = nbia.downloadSeries(uids, dir.resolve("tciaDownload"));
    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(server.count("getSeriesMetadata")).isEqualTo(1);
    assertThat(server.count("getImage")).isEqualTo(3);
    assertThat(report.outcomes()).allSatisfy(o -> {
      assertThat(o.collection()).isEqualTo("FAKE-COLL");
      assertThat(o.licenseUri()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
      assertThat(o.expectedImages()).isEqualTo(2);
    });
  }

  @Test
  void queryResultsAndTheirCsvAndJsonExportsAreInputs() throws Exception {
    List<String> uids = server.addSeries("1.2.5.2", 3, 1);
    List<SeriesMetadata> rows = nbia.getSeriesList(uids);
    Path csv = dir.resolve("series.csv");
    Path json = dir.resolve("series.json");
    Export.write(rows, SeriesMetadata.class, TableFormat.CSV, csv);
    Export.write(rows, SeriesMetadata.class, TableFormat.JSON, json);
    assertThat(DownloadRequest.builder().uidFile(csv).build().seriesUids()).containsExactlyElementsOf(uids);
    assertThat(DownloadRequest.builder().uidFile(json).build().seriesUids()).containsExactlyElementsOf(uids);

    DownloadReport report = nbia.downloadSeries(DownloadRequest.builder().series(rows).path(dir.resolve("dl")).build());
    assertThat(report.outcomes()).extracting(SeriesOutcome::status).containsOnly(SeriesStatus.DOWNLOADED);
    DownloadReport again = nbia.downloadSeries(DownloadRequest.builder().uidFile(csv).path(dir.resolve("dl")).build());
    assertThat(again.outcomes()).extracting(SeriesOutcome::status).containsOnly(SeriesStatus.ALREADY_PRESENT);
    assertThat(server.count("getImage")).isEqualTo(3);
  }

  @Test
  void theClientsConcurrencyLimitDoesNotCapTheWorkers() {
    List<String> uids = server.addSeries("1.2.5.3", 6, 1);
    CountDownLatch allIn = new CountDownLatch(6);
    AtomicInteger served = new AtomicInteger();
    for (String uid : uids) {
      server.script(uid, (exchange, zip) -> {
        allIn.countDown();
        try {
          if (allIn.await(20, TimeUnit.SECONDS)) {
            served.incrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        server.ok().respond(exchange, zip);
      });
    }
    try (NbiaClient limited = NbiaClient.builder().baseUrl(server.root())
        .configure(c -> c.maxConcurrency(2).sleeper(d -> {})).build()) {
      DownloadReport report = limited.downloadSeries(DownloadRequest.builder().seriesUids(uids).workers(6)
          .path(dir.resolve("dl")).build());
      assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    }
    assertThat(served.get()).as("all six requests were in flight at once").isEqualTo(6);
  }

  @Test
  void startDownloadRunsInTheBackground() {
    List<String> uids = server.addSeries("1.2.5.4", 2, 1);
    try (DownloadJob job = nbia.startDownload(DownloadRequest.builder().seriesUids(uids).path(dir).build())) {
      DownloadReport report = job.await(Duration.ofSeconds(60)).orElseThrow();
      assertThat(report.totals().downloaded()).isEqualTo(2);
      assertThat(job.isDone()).isTrue();
    }
  }

  @Test
  void downloadImageWritesOneVerifiedInstanceAndSkipsItNextTime() throws Exception {
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.5.1", 2));
    String sop = s.sopUids().get(1);
    Path file = nbia.downloadImage(s.seriesUid(), sop, dir);
    assertThat(file).isEqualTo(dir.toAbsolutePath().resolve(s.seriesUid()).resolve(sop + ".dcm"));
    assertThat(file).hasBinaryContent(s.instance(sop));
    assertThat(nbia.downloadImage(s.seriesUid(), sop, dir)).isEqualTo(file);
    assertThat(server.count("getSingleImage")).isEqualTo(1);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }

    Files.writeString(file, "not the instance");
    nbia.downloadImage(s.seriesUid(), sop, dir);
    assertThat(file).hasBinaryContent(s.instance(sop));
    assertThat(server.count("getSingleImage")).isEqualTo(2);
  }

  @Test
  void downloadImageWithoutAFolderUsesTheTciaUtilsDefaultFolder() throws Exception {
    Path defaultFolder = DownloadRequest.DEFAULT_PATH.toAbsolutePath();
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(defaultFolder),
        "a tciaDownload folder already exists in the working directory; it is not ours to write into");
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.7.1", 2));
    String sop = s.sopUids().get(0);
    try {
      Path file = nbia.downloadImage(s.seriesUid(), sop);
      assertThat(file).isEqualTo(defaultFolder.resolve(s.seriesUid()).resolve(sop + ".dcm"));
      assertThat(file).hasBinaryContent(s.instance(sop));
    } finally {
      io.github.tcia4j.nbia.download.internal.SeriesFiles.deleteTree(defaultFolder);
    }
  }

  @Test
  void downloadImageFailuresNameBothUids() {
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.6.1", 1));
    assertThatThrownBy(() -> nbia.downloadImage(s.seriesUid(), "1.2.5.6.99", dir))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Image 1.2.5.6.99 of series 1.2.5.6.1 could not be downloaded")
        .hasMessageContaining("HTTP 500");
    assertThat(dir.resolve(s.seriesUid()).resolve("1.2.5.6.99.dcm")).doesNotExist();
    assertThatThrownBy(() -> nbia.downloadImage("../x", "1.2", dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesUid '../x' is not a DICOM UID");
  }

  @Test
  void aWrongSopUidIsNotRetriedOnTopOfTheTransportAndIsExplained() {
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.8.1", 3));
    assertThatThrownBy(() -> nbia.downloadImage(s.seriesUid(), "1.2.5.8.99", dir))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Image 1.2.5.8.99 of series 1.2.5.8.1 could not be downloaded")
        .hasMessageContaining("SOP 1.2.5.8.99 is not an instance of series 1.2.5.8.1 (the series has 3 instances")
        .hasMessageContaining("HTTP 500");
    assertThat(server.count("getSingleImage")).as("only the transport's own 4 attempts").isEqualTo(4);
    assertThat(server.count("getSOPInstanceUIDs")).isEqualTo(1);
  }

  @Test
  void aServerErrorForAnInstanceOfTheSeriesIsReportedAsIs() {
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.9.1", 2));
    server.scriptSingle(s.seriesUid(), server.status(500, null));
    String sop = s.sopUids().get(0);
    assertThatThrownBy(() -> nbia.downloadImage(s.seriesUid(), sop, dir))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("Image " + sop + " of series 1.2.5.9.1 could not be downloaded: ")
        .hasMessageContaining("HTTP 500")
        .hasMessageNotContaining("is not an instance");
    assertThat(server.count("getSingleImage")).isEqualTo(4);
  }

  @Test
  void anUnknownSeriesIsNamedWhenTheServerListsNoInstances() {
    assertThatThrownBy(() -> nbia.downloadImage("1.2.5.10.1", "1.2.5.10.1.1", dir))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("the server lists no instances for series 1.2.5.10.1")
        .hasMessageContaining("check the Series Instance UID");
    assertThat(server.count("getSingleImage")).isEqualTo(4);
  }

  @Test
  void aBrokenImageStreamIsStillRetriedHere() {
    ZipFixtures.SeriesData s = server.add(ZipFixtures.series("1.2.5.11.1", 1));
    server.scriptSingle(s.seriesUid(), server.reset(0.5));
    String sop = s.sopUids().get(0);
    assertThatThrownBy(() -> nbia.downloadImage(s.seriesUid(), sop, dir)).isInstanceOf(TciaException.class)
        .hasMessageContaining("Image " + sop + " of series 1.2.5.11.1 could not be downloaded");
    assertThat(server.count("getSingleImage")).as("the transport cannot see a cut-off body").isEqualTo(4);
    assertThat(server.count("getSOPInstanceUIDs")).isZero();
  }

  @Test
  void aUidLongerThanDicomAllowsFailsBeforeAnyRequest() {
    List<String> uids = server.addSeries("1.2.5.12", 1, 1);
    String tooLong = "1.2." + "3".repeat(66);
    assertThatThrownBy(() -> nbia.downloadSeries(List.of(uids.get(0), tooLong), dir.resolve("dl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesUids element 1 '" + tooLong + "'").hasMessageContaining("70 characters");
    assertThat(server.requests()).isEmpty();
  }
}
