package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadRequestTest {
  @TempDir
  Path dir;

  @Test
  void defaultsFollowTciaUtilsAndTheBrief() {
    DownloadRequest r = DownloadRequest.of(List.of("1.2.3"));
    assertThat(r.seriesUids()).containsExactly("1.2.3");
    assertThat(r.path()).isEqualTo(Path.of("tciaDownload"));
    assertThat(r.layout()).isEqualTo(DownloadLayout.flat());
    assertThat(r.verifyMd5()).isTrue();
    assertThat(r.asZip()).isFalse();
    assertThat(r.workers()).isEqualTo(8);
    assertThat(r.maxAttempts()).isEqualTo(4);
    assertThat(r.repair()).isTrue();
    assertThat(r.number()).isZero();
    assertThat(r.listener()).isSameAs(DownloadListener.NONE);
    assertThat(r.receiptJson()).isEmpty();
    assertThat(r.seriesTimeout(250_000_000L)).isEqualTo(Duration.ofMinutes(5).plusSeconds(150));
    assertThat(r.seriesTimeout(null)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void inputsAddUpWithoutDuplicatesInOrder() throws Exception {
    Path text = Files.writeString(dir.resolve("uids.txt"), "# my list\n1.2.5\n\n1.2.1\n");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("SeriesInstanceUID", "1.2.6");
    DownloadRequest r = DownloadRequest.builder()
        .seriesUids(" 1.2.1 ", "1.2.2")
        .series(List.of(row, cart("1.2.2"), cart("1.2.7"), DownloadLayoutTest.metadata("c", "p", "s", "CT")))
        .uidFile(text)
        .build();
    assertThat(r.seriesUids()).containsExactly("1.2.1", "1.2.2", "1.2.6", "1.2.7",
        "1.3.6.1.4.1.14519.5.2.1.99", "1.2.5");
  }

  private static CartSeries cart(String uid) {
    return new CartSeries(uid, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  @Test
  void seriesOfOtherTypesAreRejectedByIndex() {
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(Map.of("SeriesInstanceUID", "1.2"), "1.2.3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series element 1 is a java.lang.String").hasMessageContaining("seriesUids(...)");
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(Map.of("PatientID", "x"))))
        .hasMessageContaining("without a 'SeriesInstanceUID' key");
    record Other(String name) {}
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(new Other("x"))))
        .hasMessageContaining("record without a seriesInstanceUid component");
    assertThatThrownBy(() -> DownloadRequest.builder().seriesUids("1.2.x"))
        .hasMessageContaining("'1.2.x' is not a DICOM UID");
    assertThatThrownBy(() -> DownloadRequest.builder().build()).hasMessageContaining("No series to download");
  }

  @Test
  void csvExportsWithAnIndexColumnAndJsonExportsAreRead() throws Exception {
    Path csv = Files.writeString(dir.resolve("series.csv"),
        ",Collection,SeriesInstanceUID\n0,A,1.2.10\n1,\"B, quoted\",1.2.11\n");
    Path json = Files.writeString(dir.resolve("series.json"),
        "[{\"SeriesInstanceUID\":\"1.2.20\",\"Modality\":\"CT\"},{\"SeriesInstanceUID\":\"1.2.21\"}]");
    Path pandas = Files.writeString(dir.resolve("pandas.json"),
        "{\"Modality\":{\"0\":\"CT\",\"1\":\"MR\"},\"SeriesInstanceUID\":{\"0\":\"1.2.30\",\"1\":\"1.2.31\"}}");
    Path lines = Files.writeString(dir.resolve("series.jsonl"),
        "{\"SeriesInstanceUID\":\"1.2.40\"}\n{\"SeriesInstanceUID\":\"1.2.41\"}\n");
    Path sniffed = Files.writeString(dir.resolve("list.dat"), "SeriesInstanceUID,Modality\n1.2.50,CT\n");
    DownloadRequest r = DownloadRequest.builder().uidFile(csv).uidFile(json).uidFile(pandas).uidFile(lines)
        .uidFile(sniffed).build();
    assertThat(r.seriesUids()).containsExactly("1.2.10", "1.2.11", "1.2.20", "1.2.21", "1.2.30", "1.2.31",
        "1.2.40", "1.2.41", "1.2.50");
  }

  @Test
  void manifestsAreInputsByMethodByExtensionAndByContent() throws Exception {
    Path tcia = io.github.tcia4j.nbia.Manifest.of(List.of("1.2.60", "1.2.61")).write(dir.resolve("cart.tcia"));
    Path bare = Files.writeString(dir.resolve("cart"), io.github.tcia4j.nbia.Manifest.of(List.of("1.2.62")).toText());
    DownloadRequest r = DownloadRequest.builder().manifest(tcia).uidFile(bare).uidFile(tcia).build();
    assertThat(r.seriesUids()).containsExactly("1.2.60", "1.2.61", "1.2.62");
    Path bad = Files.writeString(dir.resolve("bad.tcia"), "downloadServerUrl=x\nListOfSeriesToDownload=\n1.2.3\nnope\n");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4");
    assertThatThrownBy(() -> DownloadRequest.builder().manifest(dir.resolve("missing.tcia")))
        .hasMessageContaining("not found");
  }

  @Test
  void filesWithoutTheColumnFailClearly() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "PatientID,Modality\nX,CT\n");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no 'SeriesInstanceUID' column").hasMessageContaining("[PatientID, Modality]");
    Path json = Files.writeString(dir.resolve("bad.json"), "{\"x\":1}");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(json)).hasMessageContaining("has no 'SeriesInstanceUID' key");
    Path text = Files.writeString(dir.resolve("bad.txt"), "1.2.3\nnot-a-uid\n");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(text)).hasMessageContaining("line 2");
    assertThatThrownBy(() -> DownloadRequest.builder().uidFile(dir.resolve("missing.csv")))
        .hasMessageContaining("Cannot read the UID file");
  }

  @Test
  void optionsAreCheckedAndCopied() {
    assertThatThrownBy(() -> DownloadRequest.builder().workers(0)).hasMessageContaining("workers must be between 1 and 64");
    assertThatThrownBy(() -> DownloadRequest.builder().maxAttempts(21)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> DownloadRequest.builder().number(-1)).hasMessageContaining("number");
    assertThatThrownBy(() -> DownloadRequest.builder().readTimeout(Duration.ZERO)).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> DownloadRequest.builder().retryDelay(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("retryDelay");
    DownloadRequest r = DownloadRequest.builder().seriesUids("1.2").workers(3).maxAttempts(2).number(5).asZip(true)
        .verifyMd5(false).repair(false).deepCheck(true).path(dir).layout(DownloadLayout.template("{SeriesInstanceUID}"))
        .metadataCsv(dir.resolve("m.csv")).includeMetadata(true).receiptJson(dir.resolve("r.json"))
        .receiptCsv(dir.resolve("r.csv")).readTimeout(Duration.ofSeconds(3))
        .seriesTimeout(Duration.ofSeconds(10), Duration.ofSeconds(1)).unknownSizeTimeout(Duration.ofSeconds(20))
        .retryDelay(Duration.ZERO, Duration.ofSeconds(1)).build();
    DownloadRequest copy = r.toBuilder().build();
    assertThat(copy.workers()).isEqualTo(3);
    assertThat(copy.maxAttempts()).isEqualTo(2);
    assertThat(copy.number()).isEqualTo(5);
    assertThat(copy.asZip()).isTrue();
    assertThat(copy.verifyMd5()).isFalse();
    assertThat(copy.repair()).isFalse();
    assertThat(copy.deepCheck()).isTrue();
    assertThat(copy.includeMetadata()).isTrue();
    assertThat(copy.metadataCsv()).hasValue(dir.resolve("m.csv"));
    assertThat(copy.receiptCsv()).hasValue(dir.resolve("r.csv"));
    assertThat(copy.readTimeout()).hasValue(Duration.ofSeconds(3));
    assertThat(copy.seriesTimeout(200_000_000L)).isEqualTo(Duration.ofSeconds(12));
    assertThat(copy.seriesTimeout(null)).isEqualTo(Duration.ofSeconds(20));
    assertThat(copy.retryMaxDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(copy.toString()).contains("1 series", "number=5");
  }

  /** A record whose UID component has another name but the wire name of the column. */
  record Annotated(String label, @JsonbProperty("SeriesInstanceUID") String uid) {}

  /** A JavaBean in the upper-case spelling of the getter. */
  public static final class UpperBean {
    private final String uid;

    UpperBean(String uid) {
      this.uid = uid;
    }

    public String getSeriesInstanceUID() {
      return uid;
    }
  }

  /** A JavaBean in the camel-case spelling, returning something that is not a String. */
  public static final class CamelBean {
    public StringBuilder getSeriesInstanceUid() {
      return new StringBuilder("1.2.42");
    }
  }

  /** A class with no UID at all. */
  public static final class NoUid {
    public String getPatientId() {
      return "p";
    }
  }

  @Test
  void anyObjectWithASeriesInstanceUidIsAnInput() {
    DownloadRequest r = DownloadRequest.builder()
        .series(List.of(new Annotated("x", "1.2.40"), new UpperBean(" 1.2.41 "), new CamelBean()))
        .build();
    assertThat(r.seriesUids()).containsExactly("1.2.40", "1.2.41", "1.2.42");
  }

  @Test
  void objectsWithoutAUsableUidAreRejectedNamingTheirClass() {
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(new UpperBean("1.2.1"), new NoUid())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series element 1 is a " + NoUid.class.getName())
        .hasMessageContaining("getSeriesInstanceUID()");
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(new UpperBean(null))))
        .hasMessageContaining("series element 0 (" + UpperBean.class.getName() + ") has no SeriesInstanceUID")
        .hasMessageContaining("getSeriesInstanceUID() returned null");
    assertThatThrownBy(() -> DownloadRequest.builder().series(List.of(new Annotated("x", "not-a-uid"))))
        .hasMessageContaining("'not-a-uid' is not a DICOM UID");
  }

  @Test
  void seriesMetadataRecordsAreAcceptedAsInput() {
    SeriesMetadata m = DownloadLayoutTest.metadata("c", "p", "s", "CT");
    assertThat(DownloadRequest.builder().series(List.of(m)).build().seriesUids())
        .containsExactly(m.seriesInstanceUid());
  }
}
