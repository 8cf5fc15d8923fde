package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.download.TestMetadata;
import io.github.tcia4j.nbia.download.ZipFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadFaultsTest {
  @TempDir
  Path root;
  private EngineHarness h;

  @BeforeEach
  void start() {
    h = new EngineHarness(root.resolve("dl"));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private SeriesOutcome one(String uid, java.util.function.UnaryOperator<io.github.tcia4j.nbia.download.DownloadRequest.Builder> options) {
    DownloadReport report = h.run(options.apply(h.request(List.of(uid))).build());
    return report.outcomes().get(0);
  }

  private SeriesOutcome one(String uid) {
    return one(uid, b -> b);
  }

  private void assertComplete(SeriesOutcome o) throws Exception {
    assertThat(o.status().isComplete()).isTrue();
    assertThat(RecordCheck.folder(o.location(), o.seriesInstanceUid(), true).complete()).isTrue();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void serverErrorsAreRetriedByTheTransportThenByTheEngine() throws Exception {
    String uid = h.server.addSeries("1.2.9.1", 1, 2).get(0);
    h.server.script(uid, h.server.status(500, null), h.server.status(500, null), h.server.status(500, null),
        h.server.status(500, null), h.server.status(500, null), h.server.ok());
    SeriesOutcome o = one(uid);
    assertComplete(o);
    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertThat(o.attempts()).isEqualTo(2);
    assertThat(o.httpRequests()).isEqualTo(6).isEqualTo((int) h.server.count("getImage", uid));
    assertThat(h.sleeps).hasSize(5);
  }

  @Test
  void truncatedResetAndCorruptStreamsAreRetried() throws Exception {
    List<String> uids = h.server.addSeries("1.2.9.2", 4, 3);
    h.server.script(uids.get(0), h.server.truncated(0.5), h.server.ok());
    h.server.script(uids.get(1), h.server.cutBeforeDirectory(), h.server.ok());
    h.server.script(uids.get(2), h.server.reset(0.3), h.server.ok());
    h.server.script(uids.get(3), h.server.corrupt(0.5), h.server.ok());
    DownloadReport report = h.run(h.request(uids).build());
    for (SeriesOutcome o : report.outcomes()) {
      assertComplete(o);
      assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.attempts()).as(o.seriesInstanceUid()).isEqualTo(2);
      assertThat(o.httpRequests()).isEqualTo(2);
    }
  }

  @Test
  void retryAfterIsHonoured() throws Exception {
    String uid = h.server.addSeries("1.2.9.3", 1, 1).get(0);
    h.server.script(uid, h.server.status(429, Duration.ofSeconds(7)), h.server.status(429, Duration.ofSeconds(7)),
        h.server.status(429, Duration.ofSeconds(7)), h.server.status(429, Duration.ofSeconds(7)), h.server.ok());
    SeriesOutcome o = one(uid);
    assertComplete(o);
    assertThat(o.attempts()).isEqualTo(2);
    assertThat(h.sleeps).hasSize(4).containsOnly(Duration.ofSeconds(7));
  }

  @Test
  void aStalledStreamHitsTheReadTimeoutAndIsRetried() throws Exception {
    String uid = h.server.addSeries("1.2.9.4", 1, 3).get(0);
    h.server.script(uid, h.server.stall(0.4), h.server.ok());
    SeriesOutcome o = one(uid, b -> b.readTimeout(Duration.ofSeconds(2)));
    assertComplete(o);
    assertThat(o.attempts()).isEqualTo(2);
  }

  @Test
  void theSeriesDeadlineAbandonsASlowAttempt() throws Exception {
    String uid = h.server.addSeries("1.2.9.5", 1, 3).get(0);
    h.server.script(uid, h.server.stall(0.4), h.server.ok());
    SeriesOutcome o = one(uid, b -> b.seriesTimeout(Duration.ofSeconds(3), Duration.ZERO));
    assertComplete(o);
    assertThat(o.attempts()).isEqualTo(2);
  }

  @Test
  void failuresAfterTheLastAttemptArePreciselyReported() throws Exception {
    String uid = h.server.addSeries("1.2.9.6", 1, 3).get(0);
    h.server.script(uid, h.server.stall(0.4));
    SeriesOutcome o = one(uid, b -> b.readTimeout(Duration.ofSeconds(2)).maxAttempts(2).repair(false));
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.error()).contains("failed after 2 attempts").contains("stalled: read timeout");
    assertThat(o.bytes()).isZero();
    assertThat(o.location()).doesNotExist();
    assertThat(h.leftovers()).isEmpty();
  }

  /** A zip whose md5hashes.csv disagrees with one entry, as when the server stores a damaged file. */
  private byte[] zipWithBadEntry(ZipFixtures.SeriesData s, String badName) {
    Map<String, byte[]> files = new LinkedHashMap<>(s.files());
    byte[] damaged = files.get(badName).clone();
    damaged[damaged.length - 1] ^= 1;
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("LICENSE", "licence".getBytes(StandardCharsets.UTF_8));
    files.forEach((name, bytes) -> entries.put(name, name.equals(badName) ? damaged : bytes));
    entries.put("md5hashes.csv", ZipFixtures.md5Csv(s.files()).getBytes(StandardCharsets.UTF_8));
    return ZipFixtures.zip(entries);
  }

  @Test
  void aPersistentMd5MismatchIsRepairedInstanceByInstance() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.7.1", 3));
    h.server.script(s.seriesUid(), h.server.body(zipWithBadEntry(s, "1-02.dcm")));
    SeriesOutcome o = one(s.seriesUid());
    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertComplete(o);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(o.images()).isEqualTo(3);
    assertThat(o.attempts()).isEqualTo(4);
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("MD5 mismatch for '1-02.dcm'")
        .contains("1 of 3 instances were fetched one by one"));
    assertThat(h.server.count("getSingleImage", s.seriesUid())).isEqualTo(1);
    assertThat(o.location().resolve(s.sopUids().get(1) + ".dcm")).hasBinaryContent(s.instance(s.sopUids().get(1)));
    assertThat(o.location().resolve("1-01.dcm")).hasBinaryContent(s.files().get("1-01.dcm"));
    assertThat(o.location().resolve("1-02.dcm")).doesNotExist();
    SeriesRecord record = SeriesRecord.read(o.location().resolve(SeriesRecord.FOLDER_RECORD)).orElseThrow();
    assertThat(record.status()).isEqualTo("REPAIRED");
    assertThat(record.imageCount()).isEqualTo(3);
    assertThat(record.source()).contains("getSingleImage").contains("repair");
    assertThat(h.run(h.request(List.of(s.seriesUid())).build()).outcomes().get(0).status())
        .isEqualTo(SeriesStatus.ALREADY_PRESENT);
  }

  @Test
  void withoutRepairAMismatchFailsAndLeavesNothing() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.8.1", 3));
    h.server.script(s.seriesUid(), h.server.body(zipWithBadEntry(s, "1-03.dcm")));
    SeriesOutcome o = one(s.seriesUid(), b -> b.repair(false).maxAttempts(3));
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.md5()).isEqualTo(Md5Check.MISMATCH);
    assertThat(o.attempts()).isEqualTo(3);
    assertThat(o.error()).contains("failed after 3 attempts").contains("MD5 mismatch for '1-03.dcm'");
    assertThat(o.location()).doesNotExist();
    assertThat(h.leftovers()).isEmpty();
    assertThat(h.server.count("getSingleImage")).isZero();
  }

  @Test
  void aZipThatAlwaysBreaksIsCompletedFromWhatArrivedPlusSingleImages() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.9.1", 6));
    h.server.script(s.seriesUid(), h.server.truncated(0.55));
    SeriesOutcome o = one(s.seriesUid(), b -> b.maxAttempts(2));
    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertComplete(o);
    long fetched = h.server.count("getSingleImage", s.seriesUid());
    assertThat(fetched).isBetween(1L, 5L);
    assertThat(o.images()).isEqualTo(6);
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
  }

  @Test
  void aZipCutAfterItsLastEntryIsRepairedWithoutFetchingAnything() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.10.1", 3));
    h.server.script(s.seriesUid(), h.server.cutBeforeDirectory());
    SeriesOutcome o = one(s.seriesUid(), b -> b.maxAttempts(1));
    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertComplete(o);
    assertThat(h.server.count("getSingleImage")).isZero();
    assertThat(h.server.count("getMD5HashForImage")).as("md5hashes.csv arrived complete").isZero();
    assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
  }

  @Test
  void anOldIncompleteFolderFeedsTheRepair() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.11.1", 3));
    h.server.script(s.seriesUid(), h.server.status(503, null));
    Path old = Files.createDirectories(h.root.resolve(s.seriesUid()));
    Files.write(old.resolve("1-01.dcm"), s.files().get("1-01.dcm"));
    byte[] broken = s.files().get("1-02.dcm").clone();
    broken[broken.length - 1] ^= 1;
    Files.write(old.resolve("1-02.dcm"), broken);
    Files.writeString(old.resolve("notes.txt"), "mine");
    SeriesOutcome o = one(s.seriesUid(), b -> b.maxAttempts(1));
    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertComplete(o);
    assertThat(h.server.count("getSingleImage", s.seriesUid())).isEqualTo(2);
    assertThat(o.location().resolve("1-01.dcm")).hasBinaryContent(s.files().get("1-01.dcm"));
    assertThat(o.location().resolve("notes.txt")).doesNotExist();
  }

  @Test
  void whenRepairFailsTooBothReasonsAreReported() throws Exception {
    String uid = h.server.addSeries("1.2.9.12", 1, 2).get(0);
    h.server.script(uid, h.server.status(500, null));
    h.server.scriptSingle(uid, h.server.status(500, null));
    SeriesOutcome o = one(uid, b -> b.maxAttempts(1));
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.error()).contains("HTTP 500").contains("instance-level repair failed too")
        .contains("could not be fetched with getSingleImage");
    assertThat(o.location()).doesNotExist();
    assertThat(h.leftovers()).isEmpty();
  }

  @Test
  void permanentErrorsAreNotRetriedOrRepaired() throws Exception {
    h.server.metadata(TestMetadata.of("1.2.9.13.1", "FAKE-COLL", 2, 100L));
    SeriesOutcome o = one("1.2.9.13.1");
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.attempts()).isEqualTo(1);
    assertThat(o.httpRequests()).isEqualTo(1);
    assertThat(o.error()).contains("HTTP 400").contains("not been granted the access");
    assertThat(h.server.count("getSingleImage")).isZero();
  }

  @Test
  void serversWithoutIncludeMd5AreAskedWithGetImageWithMd5Hash() throws Exception {
    List<String> uids = h.server.addSeries("1.2.9.14", 3, 2);
    h.server.withoutIncludeMd5();
    DownloadReport report = h.run(h.request(uids).workers(1).build());
    assertThat(report.outcomes()).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
      assertThat(o.md5()).isEqualTo(Md5Check.VERIFIED);
      assertThat(o.attempts()).isEqualTo(1);
    });
    assertThat(h.server.count("getImage")).isEqualTo(1);
    assertThat(h.server.count("getImageWithMD5Hash")).isEqualTo(3);
  }

  @Test
  void aStaleImageCountIsRetriedOnceThenAcceptedWithAWarning() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.15.1", 2));
    h.server.metadata(TestMetadata.of(s.seriesUid(), "FAKE-COLL", 3, s.fileSize()));
    SeriesOutcome o = one(s.seriesUid());
    assertThat(o.status()).isEqualTo(SeriesStatus.DOWNLOADED);
    assertComplete(o);
    assertThat(o.attempts()).isEqualTo(2);
    assertThat(o.images()).isEqualTo(2);
    assertThat(o.expectedImages()).isEqualTo(3);
    assertThat(o.warnings()).singleElement().asString().contains("metadata may be stale");
  }

  /** The series zip without one of its instances and without md5hashes.csv (as plain getImage sends it). */
  private static byte[] zipWithout(ZipFixtures.SeriesData s, String missingName) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("LICENSE", "licence".getBytes(StandardCharsets.UTF_8));
    s.files().forEach((name, bytes) -> {
      if (!name.equals(missingName)) {
        entries.put(name, bytes);
      }
    });
    return ZipFixtures.zip(entries);
  }

  @Test
  void withoutVerificationARepeatedShortZipIsRepairedToTheFullCount() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.17.1", 3));
    h.server.script(s.seriesUid(), h.server.body(zipWithout(s, "1-02.dcm")));
    SeriesOutcome o = one(s.seriesUid(), b -> b.verifyMd5(false));
    assertThat(o.status()).isEqualTo(SeriesStatus.REPAIRED);
    assertComplete(o);
    assertThat(o.images()).isEqualTo(3);
    assertThat(o.md5()).isEqualTo(Md5Check.NOT_CHECKED);
    assertThat(o.warnings()).noneMatch(w -> w.contains("metadata may be stale"));
    assertThat(h.server.count("getImage", s.seriesUid())).as("no third zip once the mismatch repeated")
        .isEqualTo(2);
    assertThat(h.server.requests()).filteredOn(r -> r.endpoint().equals("getSingleImage"))
        .extracting(r -> r.query().get("SOPInstanceUID")).containsExactly(s.sopUids().get(1));
    assertThat(o.location().resolve(s.sopUids().get(1) + ".dcm")).hasBinaryContent(s.instance(s.sopUids().get(1)));
  }

  @Test
  void withoutVerificationAStaleImageCountFails() throws Exception {
    ZipFixtures.SeriesData s = h.server.add(ZipFixtures.series("1.2.9.18.1", 2));
    h.server.metadata(TestMetadata.of(s.seriesUid(), "FAKE-COLL", 3, s.fileSize()));
    SeriesOutcome o = one(s.seriesUid(), b -> b.verifyMd5(false));
    assertThat(o.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(o.attempts()).isEqualTo(2);
    assertThat(o.error()).contains("failed after 2 attempts")
        .contains("the zip holds 2 DICOM files but the metadata ImageCount is 3 again")
        .contains("without MD5 verification")
        .contains("instance-level repair failed too: the server lists 2 SOP instances but the metadata ImageCount"
            + " is 3");
    assertThat(o.location()).doesNotExist();
    assertThat(h.leftovers()).isEmpty();
    assertThat(h.server.count("getSingleImage")).isZero();

    SeriesOutcome noRepair = one(s.seriesUid(), b -> b.verifyMd5(false).repair(false));
    assertThat(noRepair.status()).isEqualTo(SeriesStatus.FAILED);
    assertThat(noRepair.error()).contains("failed after 2 attempts").contains("ImageCount is 3 again")
        .doesNotContain("repair");
    assertThat(h.server.count("getImage", s.seriesUid())).isEqualTo(4);
  }

  @Test
  void withoutVerificationPlainGetImageIsUsed() throws Exception {
    String uid = h.server.addSeries("1.2.9.16", 1, 2).get(0);
    SeriesOutcome o = one(uid, b -> b.verifyMd5(false));
    assertComplete(o);
    assertThat(o.md5()).isEqualTo(Md5Check.NOT_CHECKED);
    assertThat(h.server.requests().get(0).query()).doesNotContainKey("IncludeMD5");
    assertThat(o.location().resolve("md5hashes.csv")).doesNotExist();
  }
}
