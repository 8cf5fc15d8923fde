package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.tcia4j.nbia.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link DownloadRequest.Builder} refuses before a run starts (issue #5 QA): UIDs the queries
 * would refuse (one DICOM rule for every input), output files that cannot be written, {@code null}
 * arguments, files that are not UTF-8 and inputs without series.
 */
class DownloadInputChecksTest {
  /** 70 characters: shaped like a UID, but longer than DICOM's 64. */
  private static final String LONG_UID = "1.2." + "3".repeat(66);
  private static final String MAX_UID = "1.2." + "3".repeat(60);

  @TempDir
  Path dir;

  @Test
  void aUidLongerThan64CharactersIsRefusedByEveryInputNamingItsPosition() throws Exception {
    assertThat(LONG_UID).hasSize(70);
    assertThat(MAX_UID).hasSize(64);
    assertThat(DownloadRequest.builder().seriesUids(MAX_UID).build().seriesUids()).containsExactly(MAX_UID);

    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids(List.of("1.2.3", LONG_UID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesUids element 1 '" + LONG_UID + "' is not a DICOM UID")
        .hasMessageContaining("70 characters").hasMessageContaining("at most 64");
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(Map.of("SeriesInstanceUID", "1.2.3"),
        Map.of("SeriesInstanceUID", LONG_UID))))
        .hasMessageContaining("series element 1 SeriesInstanceUID '" + LONG_UID + "'")
        .hasMessageContaining("70 characters");

    Path manifest = Files.writeString(dir.resolve("cart.tcia"),
        "downloadServerUrl=x\nListOfSeriesToDownload=\n1.2.3\n" + LONG_UID + "\n");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(manifest))
        .hasMessageContaining(manifest.toString()).hasMessageContaining("line 4")
        .hasMessageContaining(LONG_UID).hasMessageContaining("70 characters");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(manifest))
        .hasMessageContaining("line 4").hasMessageContaining("70 characters");

    Path text = Files.writeString(dir.resolve("uids.txt"), "# list\n1.2.3\n" + LONG_UID + "\n");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(text))
        .hasMessageContaining("UID file " + text + " line 3 '" + LONG_UID + "'").hasMessageContaining("70 characters");
    Path csv = Files.writeString(dir.resolve("series.csv"), "SeriesInstanceUID\n1.2.3\n" + LONG_UID + "\n");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(csv))
        .hasMessageContaining("CSV file " + csv + " line 3").hasMessageContaining("70 characters");
    Path json = Files.writeString(dir.resolve("series.json"),
        "[{\"SeriesInstanceUID\":\"1.2.3\"},{\"SeriesInstanceUID\":\"" + LONG_UID + "\"}]");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(json))
        .hasMessageContaining("JSON file " + json + " row 1").hasMessageContaining("70 characters");
  }

  @Test
  void theManifestRecordAppliesTheSameRule() {
    assertThatThrownBy(() -> Manifest.parse("ListOfSeriesToDownload=\n" + LONG_UID + "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
        .hasMessageContaining("not a valid Series Instance UID").hasMessageContaining("70 characters");
    assertThatThrownBy(() -> Manifest.parse("1..2\n")).hasMessageContaining("line 1")
        .hasMessageContaining("single dots");
    assertThatThrownBy(() -> Manifest.of(List.of("1.2", LONG_UID)))
        .hasMessageContaining("seriesUids[1]").hasMessageContaining("70 characters");
    assertThat(Manifest.parse(MAX_UID + "\n").seriesUids()).containsExactly(MAX_UID);
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids((String[]) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("seriesUids must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids((List<String>) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("seriesUids must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids("1.2.3", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids element 1 must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().series(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("series must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(null)).hasMessageContaining("manifest must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(null)).hasMessageContaining("uidFile must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().path(null)).hasMessageContaining("path must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().layout(null)).hasMessageContaining("layout must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().listener(null)).hasMessageContaining("listener must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().metadataCsv(null))
        .hasMessageContaining("metadataCsv must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().receiptJson(null))
        .hasMessageContaining("receiptJson must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().receiptCsv(null)).hasMessageContaining("receiptCsv must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().readTimeout(null)).hasMessageContaining("readTimeout must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().unknownSizeTimeout(null))
        .hasMessageContaining("unknownSizeTimeout must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesTimeout(null, Duration.ZERO))
        .hasMessageContaining("seriesTimeout base must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesTimeout(Duration.ofSeconds(1), null))
        .hasMessageContaining("seriesTimeout perHundredMegabytes must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().retryDelay(null, Duration.ZERO))
        .hasMessageContaining("retryDelay initial must not be null");
    assertThatThrownBy(() -> DownloadRequest.builder().retryDelay(Duration.ZERO, null))
        .hasMessageContaining("retryDelay max must not be null");
  }

  @Test
  void filesThatAreNotUtf8NameTheFileAndTheFirstBadByte() throws Exception {
    byte[] latin1 = "downloadServerUrl=x\nListOfSeriesToDownload=\n# Patient M\u00fcller\n1.2.3\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path manifest = Files.write(dir.resolve("latin1.tcia"), latin1);
    int offset = Arrays.asList(toObjects(latin1)).indexOf((byte) 0xfc);
    assertThatThrownBy(() -> Manifest.read(manifest)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Manifest " + manifest + " is not UTF-8 text")
        .hasMessageContaining("byte offset " + offset).hasMessageContaining("line 3")
        .hasMessageContaining("save it as UTF-8")
        .hasMessageNotContaining("MalformedInputException");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(manifest)).hasMessageContaining("is not UTF-8 text");
    Path uids = Files.write(dir.resolve("uids.txt"), new byte[] {'1', '.', '2', '\n', (byte) 0xff, (byte) 0xfe});
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(uids)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UID file " + uids + " is not UTF-8 text (byte offset 4, line 2)");
    Path withBom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '1', '.',
        '2', '\n'});
    assertThat(DownloadRequest.builder().uidFile(withBom).build().seriesUids()).containsExactly("1.2");
  }

  private static Byte[] toObjects(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }

  @Test
  void inputsWithoutSeriesAreNamedWhenNothingIsLeftToDownload() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.tcia"), "");
    Path headerOnly = Files.writeString(dir.resolve("header.tcia"), "downloadServerUrl=x\nListOfSeriesToDownload=\n");
    Path emptyText = Files.writeString(dir.resolve("none.txt"), "# nothing yet\n");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(empty).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No series to download")
        .hasMessageContaining("the manifest " + empty + " has no series lines");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(headerOnly).uidFile(emptyText).build())
        .hasMessageContaining("the manifest " + headerOnly + " has no series lines")
        .hasMessageContaining("the UID file " + emptyText + " has no UIDs");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids(List.of()).series(List.of()).build())
        .hasMessageContaining("seriesUids(...) was given no UIDs").hasMessageContaining("series(...) was given no");
    assertThat(DownloadRequest.builder().manifest(empty).seriesUids("1.2.3").build().seriesUids())
        .as("an empty input next to others is fine").containsExactly("1.2.3");
  }

  @Test
  void outputFilesThatCannotBeWrittenAreRefusedByBuild() throws Exception {
    Path existingDir = Files.createDirectories(dir.resolve("existing"));
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");
    Path downloads = dir.resolve("downloads");
    Supplier<DownloadRequest.Builder> b = () -> DownloadRequest.builder().seriesUids("1.2.3").path(downloads);

    assertThatThrownBy(() -> b.get().metadataCsv(existingDir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadataCsv " + existingDir + " is a directory")
        .hasMessageContaining(existingDir.resolve("metadata.csv").toString());
    assertThatThrownBy(() -> b.get().receiptJson(existingDir).build())
        .hasMessageContaining("receiptJson " + existingDir + " is a directory");
    assertThatThrownBy(() -> b.get().receiptCsv(downloads).build())
        .hasMessageContaining("receiptCsv " + downloads + " is the download folder");
    assertThatThrownBy(() -> b.get().receiptCsv(dir).build())
        .hasMessageContaining("receiptCsv " + dir + " is a directory");
    assertThatThrownBy(() -> b.get().path(downloads.resolve("sub")).receiptJson(downloads).build())
        .hasMessageContaining("receiptJson " + downloads + " is a parent folder of the download folder");
    assertThatThrownBy(() -> b.get().receiptJson(aFile.resolve("receipt.json")).build())
        .hasMessageContaining("receiptJson " + aFile.resolve("receipt.json") + " cannot be created")
        .hasMessageContaining(aFile + " is a file, not a folder");
    assertThatThrownBy(() -> b.get().receiptJson(dir.resolve("r.csv")).receiptCsv(dir.resolve("r.csv")).build())
        .hasMessageContaining("receiptCsv " + dir.resolve("r.csv") + " is the same file as receiptJson");
    assertThatThrownBy(() -> b.get().metadataCsv(dir.resolve("r.totals.csv")).receiptCsv(dir.resolve("r.csv"))
        .build()).hasMessageContaining("The totals CSV " + dir.resolve("r.totals.csv") + " of receiptCsv "
            + dir.resolve("r.csv") + " is the same file as metadataCsv");

    DownloadRequest fine = b.get().metadataCsv(dir.resolve("new/deeper/metadata.csv"))
        .receiptJson(downloads.resolve("receipt.json")).receiptCsv(aFile.resolveSibling("receipt.csv")).build();
    assertThat(fine.metadataCsv()).hasValue(dir.resolve("new/deeper/metadata.csv"));
    assertThat(dir.resolve("new")).as("build() creates nothing").doesNotExist();
  }

  @Test
  void anOutputInAReadOnlyFolderIsRefusedByBuild() throws Exception {
    Path readOnly = Files.createDirectories(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(readOnly), "running with rights that write into read-only folders (root)");
      assertThatThrownBy(() -> DownloadRequest.builder().seriesUids("1.2.3").path(dir.resolve("dl"))
          .receiptJson(readOnly.resolve("sub/receipt.json")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("receiptJson " + readOnly.resolve("sub/receipt.json") + " cannot be written")
          .hasMessageContaining("the folder " + readOnly + " is not writable");
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
