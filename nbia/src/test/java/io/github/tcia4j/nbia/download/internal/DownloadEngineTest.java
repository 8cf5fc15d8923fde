package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadLayout;
import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.FakeNbia;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.OverallStatus;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.download.ZipFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadEngineTest {
  @TempDir
  Path root;
  private EngineHarness h;

  @BeforeEach
  void start() {
    h = new EngineHarness(root.resolve("tciaDownload"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void downloadsVerifiesAndRecordsEachSeriesInTheFlatLayout() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.1", 3, 4);
    DownloadReport report = h.run(h.request(uids).build());

    assertThat(report.overall()).isEqualTo(OverallStatus.COMPLETE);
    assertThat(report.outcomes()).extracting(SeriesOutcome::seriesInstanceUid).containsExactlyElementsOf(uids);
    for (SeriesOutcome o : report.outcomes()) {
      assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.images()).isEqualTo(4);
      assertThat(o.expectedImages()).isEqualTo(4);
      assertThat(o.attempts()).isEqualTo(1);
      assertThat(o.httpRequests()).isEqualTo(1);
      assertThat(o.collection()).isEqualTo("FAKE-COLL");
      assertThat(o.licenseName()).isEqualTo("CC BY 4.0");
      assertThat(o.doi()).isEqualTo("https://doi.org/10.80000/FAKE-COLL");
      assertThat(o.error()).isNull();
      assertThat(o.location()).isEqualTo(h.root.toAbsolutePath().resolve(o.seriesInstanceUid()));
      assertThat(RecordCheck.folder(o.location(), o.seriesInstanceUid(), true).complete()).isTrue();
      assertThat(o.location().resolve("1-01.dcm")).exists();
      assertThat(o.location().resolve("LICENSE")).exists();
      assertThat(o.location().resolve("md5hashes.csv")).exists();
    }
    assertThat(h.leftovers()).isEmpty();
    FakeNbia.Request first = h.server.requests().get(0);
    assertThat(first.endpoint()).isEqualTo("getImage");
    assertThat(first.query()).containsEntry("NewFileNames", "Yes").containsEntry("IncludeMD5", "yes");
    assertThat(report.totals().downloaded()).isEqualTo(3);
    assertThat(report.totals().images()).isEqualTo(12);
    assertThat(report.summary()).isEqualTo("Downloaded 3 of 3 series, 0 failed, 0 already present, 0 cancelled");
  }

  @Test
  void aRerunSkipsCompleteSeriesAndRedoesTamperedOnes() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.2", 3, 3);
    h.run(h.request(uids).build());
    assertThat(h.server.count("getImage")).isEqualTo(3);

    DownloadReport again = h.run(h.request(uids).build());
    assertThat(again.outcomes()).extracting(SeriesOutcome::status).containsOnly(SeriesStatus.ALREADY_PRESENT);
    assertThat(again.outcomes()).allSatisfy(o -> {
      assertThat(o.images()).isEqualTo(3);
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.attempts()).isZero();
    });
    assertThat(h.server.count("getImage")).as("nothing fetched again").isEqualTo(3);
    assertThat(again.summary()).contains("3 already present");

    Files.delete(h.root.resolve(uids.get(0)).resolve(SeriesRecord.FOLDER_RECORD));
    Files.writeString(h.root.resolve(uids.get(1)).resolve("1-02.dcm"), "tampered");
    DownloadReport third = h.run(h.request(uids).build());
    assertThat(third.outcomes()).extracting(SeriesOutcome::status)
        .containsExactly(SeriesStatus.DOWNLOADED, SeriesStatus.DOWNLOADED, SeriesStatus.ALREADY_PRESENT);
    assertThat(h.server.count("getImage", uids.get(0))).isEqualTo(2);
    assertThat(h.server.count("getImage", uids.get(1))).isEqualTo(2);
    assertThat(h.server.count("getImage", uids.get(2))).isEqualTo(1);
    assertThat(RecordCheck.folder(h.root.resolve(uids.get(1)), uids.get(1), true).complete()).isTrue();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void aDeepCheckCatchesSameSizeTampering() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.3", 1, 2);
    h.run(h.request(uids).build());
    Path file = h.root.resolve(uids.get(0)).resolve("1-01.dcm");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);
    assertThat(h.run(h.request(uids).build()).outcomes().get(0).status()).isEqualTo(SeriesStatus.ALREADY_PRESENT);
    assertThat(h.run(h.request(uids).deepCheck(true).build()).outcomes().get(0).status())
        .isEqualTo(SeriesStatus.DOWNLOADED);
  }

  @Test
  void aHalfExtractedFolderWithoutRecordIsReplacedNotSkipped() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.4", 1, 3);
    Path folder = Files.createDirectories(h.root.resolve(uids.get(0)));
    Files.writeString(folder.resolve("1-01.dcm"), "half written by tcia_utils");
    DownloadReport report = h.run(h.request(uids).build());
    assertThat(report.outcomes().get(0).status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(Files.size(folder.resolve("1-01.dcm"))).isGreaterThan(100);
    assertThat(RecordCheck.folder(folder, uids.get(0), true).complete()).isTrue();
  }

  @Test
  void zipDownloadsKeepTheServersZipWithASidecarRecord() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.826.5.1", 3));
    DownloadReport report = h.run(h.request(List.of(s.seriesUid())).asZip(true).build());
    SeriesOutcome o = report.outcomes().get(0);
    Path zip = h.root.toAbsolutePath().resolve(s.seriesUid() + ".zip");
    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(o.location()).isEqualTo(zip);
    assertThat(zip).hasBinaryContent(s.zip(true));
    assertThat(o.bytes()).isEqualTo(s.zip(true).length);
    assertThat(o.images()).isEqualTo(3);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(h.tree()).containsExactlyInAnyOrder(".tcia4j.lock", s.seriesUid() + ".zip",
        s.seriesUid() + ".zip.tcia4j.json");
    assertThat(RecordCheck.zip(zip, s.seriesUid(), true).complete()).isTrue();
    assertThat(h.run(h.request(List.of(s.seriesUid())).asZip(true).build()).outcomes().get(0).status())
        .isEqualTo(SeriesStatus.ALREADY_PRESENT);
    assertThat(h.server.count("getImage")).isEqualTo(1);
  }

  @Test
  void templateLayoutsBuildTheHierarchy() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.6", 2, 1);
    DownloadReport report = h.run(h.request(uids)
        .layout(DownloadLayout.template("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}"))
        .build());
    for (SeriesOutcome o : report.outcomes()) {
      String uid = o.seriesInstanceUid();
      Path expected = h.root.toAbsolutePath().resolve(Path.of("FAKE-COLL", "PAT-" + uid.charAt(uid.length() - 1),
          uid + ".0", "CT_" + uid));
      assertThat(o.location()).isEqualTo(expected);
      assertThat(RecordCheck.folder(expected, uid, false).complete()).isTrue();
    }
  }

  @Test
  void numberTakesTheFirstSeriesNotYetOnDisk() {
    List<String> uids = h.server.addSeries("1.2.826.7", 5, 1);
    h.run(h.request(List.of(uids.get(1))).build());
    DownloadReport report = h.run(h.request(uids).number(2).build());
    assertThat(report.outcomes()).extracting(SeriesOutcome::seriesInstanceUid)
        .containsExactly(uids.get(0), uids.get(1), uids.get(2));
    assertThat(report.outcomes()).extracting(SeriesOutcome::status)
        .containsExactly(SeriesStatus.DOWNLOADED, SeriesStatus.ALREADY_PRESENT, SeriesStatus.DOWNLOADED);
    assertThat(report.totals().requested()).isEqualTo(3);
    assertThat(h.server.count("getImage", uids.get(3))).isZero();
  }

  @Test
  void unknownSeriesAreReportedNotDropped() {
    List<String> uids = new ArrayList<>(h.server.addSeries("1.2.826.8", 1, 1));
    uids.add("1.2.826.8.404");
    DownloadReport report = h.run(h.request(uids).build());
    assertThat(report.overall()).isEqualTo(OverallStatus.PARTIAL);
    SeriesOutcome unknown = report.outcome("1.2.826.8.404").orElseThrow();
    assertThat(unknown.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(unknown.error()).contains("the server does not know this series").contains("NLST");
    assertThat(report.problems()).containsExactly(unknown);
    assertThat(h.server.count("getImage", "1.2.826.8.404")).isZero();
  }

  @Test
  void theListenerSeesThePlanEveryEventAndEveryByte() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.9", 3, 5);
    h.run(h.request(List.of(uids.get(0))).build());
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
    List<DownloadPlan> plans = new ArrayList<>();
    DownloadListener listener = new DownloadListener() {
      @Override
      public void started(DownloadPlan plan) {
        plans.add(plan);
        events.add("started");
      }

      @Override
      public void seriesStarted(String uid, long expectedBytes, int expectedImages, int attempt) {
        events.add("seriesStarted " + uid + " " + expectedImages + " " + attempt);
      }

      @Override
      public void bytes(String uid, long delta) {
        bytes.computeIfAbsent(uid, k -> new AtomicLong()).addAndGet(delta);
      }

      @Override
      public void fileWritten(String uid, String name, long size) {
        events.add("file " + uid + " " + name);
      }

      @Override
      public void seriesFinished(SeriesOutcome outcome) {
        events.add("seriesFinished " + outcome.seriesInstanceUid() + " " + outcome.status());
      }

      @Override
      public void finished(DownloadReport report) {
        events.add("finished");
      }
    };
    long sentBefore = h.server.bytesSent();
    DownloadReport report = h.run(h.request(uids).listener(listener).workers(2).build());

    DownloadPlan plan = plans.get(0);
    assertThat(plan.seriesCount()).isEqualTo(3);
    assertThat(plan.toDownload()).isEqualTo(2);
    assertThat(plan.alreadyPresent()).isEqualTo(1);
    assertThat(plan.expectedImages()).isEqualTo(10);
    assertThat(plan.expectedBytes()).isEqualTo(report.outcomes().get(1).bytes() - sizeOfExtras(report, 1)
        + report.outcomes().get(2).bytes() - sizeOfExtras(report, 2));
    assertThat(events.get(0)).isEqualTo("started");
    assertThat(events.get(events.size() - 1)).isEqualTo("finished");
    assertThat(events).contains("seriesFinished " + uids.get(0) + " ALREADY_PRESENT");
    for (String uid : uids.subList(1, 3)) {
      List<String> own = events.stream().filter(e -> e.contains(" " + uid)).toList();
      assertThat(own.get(0)).isEqualTo("seriesStarted " + uid + " 5 1");
      assertThat(own.get(own.size() - 1)).isEqualTo("seriesFinished " + uid + " DOWNLOADED");
      assertThat(own).contains("file " + uid + " 1-05.dcm", "file " + uid + " md5hashes.csv");
      assertThat(bytes.get(uid).get()).isEqualTo(report.outcome(uid).orElseThrow().bytesReceived());
    }
    long received = bytes.values().stream().mapToLong(AtomicLong::get).sum();
    assertThat(received).isEqualTo(h.server.bytesSent() - sentBefore).isEqualTo(report.totals().bytesReceived());
    assertThat(bytes).doesNotContainKey(uids.get(0));
  }

  private static long sizeOfExtras(DownloadReport report, int index) throws Exception {
    Path folder = report.outcomes().get(index).location();
    return Files.size(folder.resolve("LICENSE")) + Files.size(folder.resolve("md5hashes.csv"));
  }

  @Test
  void aFailingListenerDoesNotStopTheDownload() {
    List<String> uids = h.server.addSeries("1.2.826.10", 2, 1);
    DownloadListener broken = new DownloadListener() {
      @Override
      public void seriesFinished(SeriesOutcome outcome) {
        throw new IllegalStateException("listener bug");
      }
    };
    assertThat(h.run(h.request(uids).listener(broken).build()).overall()).isEqualTo(OverallStatus.COMPLETE);
  }

  @Test
  void receiptsAndMetadataAreWritten() throws Exception {
    List<String> uids = new ArrayList<>(h.server.addSeries("1.2.826.11", 2, 2));
    uids.add("1.2.826.11.404");
    Path json = root.resolve("receipt.json");
    Path csv = root.resolve("receipt.csv");
    Path metadata = root.resolve("metadata.csv");
    DownloadReport report = h.run(h.request(uids).receiptJson(json).receiptCsv(csv).metadataCsv(metadata)
        .includeMetadata(true).build());

    assertThat(report.metadata()).extracting(m -> m.seriesInstanceUid()).containsExactlyElementsOf(uids.subList(0, 2));
    String receipt = Files.readString(json);
    assertThat(receipt).contains("\"totals\"", "\"series\"", "\"requested\": 3", "\"downloaded\": 2",
        "\"failed\": 1", "\"overall\": \"PARTIAL\"", "\"SeriesInstanceUID\": \"" + uids.get(0) + "\"",
        "\"Status\": \"DOWNLOADED\"", "\"MD5\": \"VERIFIED\"", "\"LicenseName\": \"CC BY 4.0\"",
        "\"Collection\": \"FAKE-COLL\"", "\"DataDescriptionURI\": \"https://doi.org/10.80000/FAKE-COLL\"",
        "\"Warnings\": [", "the server does not know this series");
    try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(Files.newBufferedReader(json))) {
      jakarta.json.JsonObject o = reader.readObject();
      assertThat(o.getJsonObject("totals").getInt("images")).isEqualTo(4);
      assertThat(o.getJsonArray("series")).hasSize(3);
      assertThat(o.getJsonArray("series").getJsonObject(0).getInt("Attempts")).isEqualTo(1);
      assertThat(o.getJsonArray("series").getJsonObject(2).getString("Error")).contains("does not know");
    }
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("SeriesInstanceUID,Status,Location,Bytes,Images,ExpectedImages,MD5,Attempts,");
    assertThat(lines.get(1)).startsWith(uids.get(0) + ",DOWNLOADED,");
    assertThat(lines.get(3)).startsWith("1.2.826.11.404,FAILED,");
    Path totals = root.resolve("receipt.totals.csv");
    assertThat(DownloadReport.totalsCsvFile(csv)).isEqualTo(totals);
    List<String> totalLines = Files.readAllLines(totals);
    assertThat(totalLines).hasSize(2);
    assertThat(totalLines.get(0)).isEqualTo("Tool,StartTime,DurationSeconds,Overall,Requested,Downloaded,"
        + "AlreadyPresent,Repaired,Failed,Cancelled,Bytes,Images,BytesReceived");
    String[] row = totalLines.get(1).split(",");
    assertThat(row[0]).startsWith("tcia4j ");
    assertThat(row[1]).isEqualTo(report.startTime().toString());
    assertThat(Double.parseDouble(row[2])).isGreaterThanOrEqualTo(0.0);
    assertThat(java.util.Arrays.copyOfRange(row, 3, 13)).containsExactly("PARTIAL", "3", "2", "0", "0", "1", "0",
        Long.toString(report.totals().bytes()), "4", Long.toString(report.totals().bytesReceived()));
    assertThat(report.totals().bytes()).isPositive();
    List<String> meta = Files.readAllLines(metadata);
    assertThat(meta).hasSize(3);
    assertThat(meta.get(0)).contains("SeriesInstanceUID", "ImageCount", "FileSize");
  }

  @Test
  void theTotalsCsvIsNamedAfterTheSeriesCsv() {
    assertThat(DownloadReport.totalsCsvFile(Path.of("out", "run.csv"))).isEqualTo(Path.of("out", "run.totals.csv"));
    assertThat(DownloadReport.totalsCsvFile(Path.of("out", "run.CSV"))).isEqualTo(Path.of("out", "run.totals.csv"));
    assertThat(DownloadReport.totalsCsvFile(Path.of("run"))).isEqualTo(Path.of("run.totals.csv"));
    assertThat(DownloadReport.totalsCsvFile(Path.of(".csv"))).isEqualTo(Path.of(".csv.totals.csv"));
    assertThatThrownBy(() -> DownloadReport.totalsCsvFile(Path.of("/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a file name");
  }

  @Test
  void aSecondRunIntoTheSameFolderIsRefused() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.12", 1, 1);
    h.server.script(uids.get(0), h.server.stall(0.5));
    try (DownloadJob job = h.start(h.request(uids).build())) {
      assertThatThrownBy(() -> h.start(h.request(uids).build()))
          .isInstanceOf(TciaException.class)
          .hasMessageContaining("Another download is running into");
      job.cancel();
      assertThat(job.await().outcomes().get(0).status()).isEqualTo(SeriesStatus.CANCELLED);
      assertThat(job.isDone()).isTrue();
    }
    h.server.releaseStalls();
  }

  @Test
  void leftoversOfAKilledRunAreRemoved() throws Exception {
    List<String> uids = h.server.addSeries("1.2.826.13", 1, 2);
    Path stale = Files.createDirectories(h.root.resolve(uids.get(0) + SeriesFiles.PART + "dead0000"));
    Files.writeString(stale.resolve("1-01.dcm"), "partial");
    Files.writeString(stale.resolve(SeriesRecord.FOLDER_RECORD), "{}");
    assertThat(h.run(h.request(uids).build()).outcomes().get(0).status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(h.leftovers()).isEmpty();
  }
}
