package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCheckTest {
  private static final String UID = "1.2.3.4.5";

  @TempDir
  Path root;
  private Path folder;

  @BeforeEach
  void writeSeries() throws Exception {
    folder = Files.createDirectory(root.resolve(UID));
    Files.writeString(folder.resolve("1-01.dcm"), "first");
    Files.writeString(folder.resolve("LICENSE"), "licence");
    SeriesRecord record = record(Optional.empty(),
        List.of(entry("1-01.dcm", "first", true), entry("LICENSE", "licence", false)));
    try (OutputStream out = Files.newOutputStream(folder.resolve(SeriesRecord.FOLDER_RECORD))) {
      record.writeTo(out);
    }
  }

  private static SeriesRecord.FileEntry entry(String name, String content, boolean dicom) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new SeriesRecord.FileEntry(name, bytes.length, io.github.tcia4j.nbia.download.ZipFixtures.md5(bytes), dicom);
  }

  private static SeriesRecord record(Optional<SeriesRecord.ZipInfo> zip, List<SeriesRecord.FileEntry> files) {
    return new SeriesRecord(UID, "DOWNLOADED", 1, 1, 12, true, "http://x/getImage?SeriesInstanceUID=" + UID,
        Instant.parse("2026-01-02T03:04:05Z"), "tcia4j test", List.of("a warning"), files, zip);
  }

  @Test
  void aMatchingFolderIsCompleteAndTheRecordRoundTrips() {
    RecordCheck check = RecordCheck.folder(folder, UID, true);
    assertThat(check.complete()).isTrue();
    SeriesRecord r = check.record().orElseThrow();
    assertThat(r.files()).extracting(SeriesRecord.FileEntry::name).containsExactly("1-01.dcm", "LICENSE");
    assertThat(r.completed()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(r.warnings()).containsExactly("a warning");
    assertThat(r.expectedImageCount()).isEqualTo(1);
    assertThat(r.md5Verified()).isTrue();
  }

  @Test
  void hiddenFilesDoNoHarm() throws Exception {
    Files.writeString(folder.resolve(".DS_Store"), "x");
    assertThat(RecordCheck.folder(folder, UID, false).complete()).isTrue();
  }

  @Test
  void aFolderWithoutRecordIsNotComplete() throws Exception {
    Files.delete(folder.resolve(SeriesRecord.FOLDER_RECORD));
    assertThat(RecordCheck.folder(folder, UID, false).reason()).contains("no valid completion record");
  }

  @Test
  void aBrokenRecordIsNotComplete() throws Exception {
    Files.writeString(folder.resolve(SeriesRecord.FOLDER_RECORD), "{\"format\":\"tcia4j-series-record/1\"");
    assertThat(RecordCheck.folder(folder, UID, false).complete()).isFalse();
  }

  @Test
  void anotherSeriesRecordDoesNotCount() {
    assertThat(RecordCheck.folder(folder, "1.2.3.4.6", false).reason()).contains("another series");
  }

  @Test
  void changedMissingOrExtraFilesAreNoticed() throws Exception {
    Files.writeString(folder.resolve("1-01.dcm"), "FIRST");
    assertThat(RecordCheck.folder(folder, UID, false).complete()).as("same size, shallow").isTrue();
    assertThat(RecordCheck.folder(folder, UID, true).reason()).contains("does not match its recorded MD5");
    Files.writeString(folder.resolve("1-01.dcm"), "first!");
    assertThat(RecordCheck.folder(folder, UID, false).reason()).contains("has 6 bytes, the record says 5");
    Files.writeString(folder.resolve("1-01.dcm"), "first");
    Files.writeString(folder.resolve("1-02.dcm"), "extra");
    assertThat(RecordCheck.folder(folder, UID, false).reason()).contains("'1-02.dcm', which the completion record");
    Files.delete(folder.resolve("1-02.dcm"));
    Files.delete(folder.resolve("LICENSE"));
    assertThat(RecordCheck.folder(folder, UID, false).reason()).contains("1 of the files");
  }

  @Test
  void aLinkInPlaceOfAFileIsNotComplete() throws Exception {
    Path elsewhere = Files.writeString(root.resolve("elsewhere"), "first");
    Files.delete(folder.resolve("1-01.dcm"));
    Files.createSymbolicLink(folder.resolve("1-01.dcm"), elsewhere);
    assertThat(RecordCheck.folder(folder, UID, false).reason()).contains("not a regular file");
  }

  @Test
  void aZipNeedsItsRecordWithTheRightSizeAndHash() throws Exception {
    Path zip = Files.writeString(root.resolve(UID + ".zip"), "zip bytes");
    assertThat(RecordCheck.zip(zip, UID, false).reason()).contains("no valid completion record");
    String sha = Digests.hash(zip, Digests.sha256());
    SeriesRecord record = record(Optional.of(new SeriesRecord.ZipInfo(UID + ".zip", 9, sha)), List.of());
    io.github.tcia4j.common.io.AtomicFiles.writeString(RecordCheck.recordOfZip(zip), record.toJson(), "record");
    assertThat(RecordCheck.recordOfZip(zip).getFileName()).hasToString(UID + ".zip.tcia4j.json");
    assertThat(RecordCheck.zip(zip, UID, true).complete()).isTrue();
    Files.writeString(zip, "zip bytez");
    assertThat(RecordCheck.zip(zip, UID, false).complete()).isTrue();
    assertThat(RecordCheck.zip(zip, UID, true).reason()).contains("SHA-256");
    Files.writeString(zip, "zip");
    assertThat(RecordCheck.zip(zip, UID, false).reason()).contains("has 3 bytes");
    assertThat(RecordCheck.zip(root.resolve("none.zip"), UID, false).reason()).isEqualTo("not on disk");
  }
}
