package io.github.tcia4j.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads recorded server responses from the shared fixture folder. */
class JsonCodecFixtureTest {
  private final JsonCodec codec = JsonCodec.standard();

  public record Series(
      @JsonbProperty("SeriesInstanceUID") String seriesUid,
      @JsonbProperty("Modality") String modality,
      @JsonbProperty("SeriesNumber") Integer seriesNumber,
      @JsonbProperty("ImageCount") Integer imageCount,
      @JsonbProperty("FileSize") Long fileSize,
      @JsonbProperty("PatientID") String patientId) {}

  public record V1Series(
      @JsonbProperty("Series UID") String seriesUid,
      @JsonbProperty("Subject ID") String subjectId,
      @JsonbProperty("Number of Images") Integer images,
      @JsonbProperty("File Size") Long fileSize) {}

  public record BodyPart(@JsonbProperty("BodyPartExamined") String bodyPart) {}

  private static Path fixture(String relative) {
    String dir = System.getProperty("tcia4j.shared.dir");
    assumeTrue(dir != null, "tcia4j.shared.dir is not set");
    Path file = Path.of(dir, "fixtures", relative);
    assumeTrue(Files.isRegularFile(file), "fixture missing: " + file);
    return file;
  }

  @Test
  void readsRecordedGetSeries() throws IOException {
    Path file = fixture("nbia-api/json/v2_getSeries_Collection=Soft-tissue-Sarcoma_2025-05-12.json");

    List<Series> series;
    try (InputStream in = Files.newInputStream(file)) {
      series = codec.readList(in, Series.class);
    }
    List<Map<String, Object>> rows = codec.readRows(Files.readString(file));

    assertThat(series).isNotEmpty().hasSameSizeAs(rows);
    Series first = series.get(0);
    assertThat(first.seriesUid())
        .isEqualTo("1.3.6.1.4.1.14519.5.2.1.5168.1900.104193299251798317056218297018");
    assertThat(first.modality()).isEqualTo("MR");
    assertThat(first.seriesNumber()).isEqualTo(2);
    assertThat(first.imageCount()).isEqualTo(48);
    assertThat(first.fileSize()).isEqualTo(25273786L);
    assertThat(rows.get(0).keySet()).startsWith("SeriesInstanceUID", "StudyInstanceUID", "Modality");
    assertThat(rows.get(0).get("ImageCount")).isEqualTo(48L);
  }

  @Test
  void readsRecordedBodyPartsWithEmptyObject() throws IOException {
    Path file = fixture("nbia-api/json/v2_getBodyPartValues_Collection=ACNS0332_2022-10.json");

    List<BodyPart> parts = codec.readList(Files.readString(file), BodyPart.class);

    assertThat(parts).first().isEqualTo(new BodyPart(null));
    assertThat(parts).contains(new BodyPart("BRAIN"), new BodyPart("WHOLESPINE"));
  }

  @Test
  void readsSpacedNamesAndStringNumbers() throws IOException {
    Path file = fixture(
        "nbia-api/reconstructed/v1_getSeriesMetaData_Soft-tissue-Sarcoma_2022-10_3series.reconstructed.json");

    List<V1Series> series = codec.readList(Files.readString(file), V1Series.class);

    assertThat(series).hasSize(3);
    assertThat(series.get(0)).isEqualTo(new V1Series(
        "1.3.6.1.4.1.14519.5.2.1.5168.1900.104193299251798317056218297018", "STS_010", 48,
        25273786L));
  }
}
