package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.data.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnEraTest {

  private static final List<String> BASE16 = List.of("SeriesInstanceUID", "StudyInstanceUID",
      "Modality", "ProtocolName", "SeriesDate", "SeriesDescription", "BodyPartExamined",
      "SeriesNumber", "AnnotationsFlag", "Collection", "PatientID", "Manufacturer",
      "ManufacturerModelName", "SoftwareVersions", "ImageCount", "TimeStamp");

  private static List<String> with(List<String> base, String... more) {
    List<String> l = new ArrayList<>(base);
    l.addAll(List.of(more));
    return l;
  }

  /** The full v4 getSeries key set of an era, read from a CSV header (CSV keeps null columns). */
  private static String header(TciaSandbox s, String path, String... params) {
    return Http.of(s).get(path, params).body().split("\n")[0];
  }

  private static String quoted(List<String> names) {
    return "\"" + String.join("\",\"", names) + "\"";
  }

  @Test
  void v4GetSeriesKeysPerEra() {
    List<String> added = List.of("LicenseName", "LicenseURI");
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_08_29).start()) {
      assertThat(header(s, V4 + "getSeries", "Collection", "SBX-Lung-CT", "format", "csv"))
          .isEqualTo(quoted(with(with(BASE16, added.toArray(new String[0])),
              "DataDescriptionURI", "FileSize", "DateReleased", "StudyDesc", "StudyDate",
              "ThirdPartyAnalysis", "Authorized")));
      Map<String, Object> row = Json.rows(Http.of(s).get(V4 + "getUpdatedSeries").body()).get(0);
      assertThat((String) row.get("TimeStamp")).matches("\\d{2}-\\d{2}-\\d{4}");
    }
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_05_22).start()) {
      assertThat(header(s, V4 + "getSeries", "Collection", "SBX-Lung-CT", "format", "csv"))
          .isEqualTo(quoted(with(BASE16, "LicenseName", "LicenseURI", "CollectionURI",
              "FileSize", "DateReleased", "StudyDesc", "StudyDate", "ThirdPartyAnalysis",
              "Authorized")));
    }
  }

  @Test
  void v2GetSeriesHas16KeysIn2022() {
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.LEGACY_2022).start()) {
      Http guest = Tokens.guest(Http.of(s));
      assertThat(guest.get(V2 + "getSeries", "Collection", "SBX-Lung-CT", "format", "csv").body()
          .split("\n")[0]).isEqualTo(quoted(BASE16));
      Series one = s.dataset(Host.NBIA).series().get(0);
      Map<String, Object> meta = Json.rows(guest.get(V2 + "getSeriesMetaData", "SeriesInstanceUID",
          one.seriesInstanceUid()).body()).get(0);
      assertThat(meta.keySet()).containsExactly("Series UID", "Collection", "Data Description URI",
          "Subject ID", "Study UID", "Study Description", "Study Date", "Series Description",
          "Manufacturer", "Modality", "SOP Class UID", "Number of Images", "File Size",
          "Series Number", "License Name", "License URL", "Annotation Size");
    }
  }

  @Test
  void metadataHeadersPerEra() {
    String uid;
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_08_05).start()) {
      uid = s.dataset(Host.NBIA).series().get(0).seriesInstanceUid();
      String h = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n")[0];
      assertThat(h.split(",")).hasSize(40);
      assertThat(h).startsWith("\"Patient ID\",\"Patient Name\",\"Patient Sex\"")
          .contains("\"Project\",\"Site\"").contains("\"Pixel Spacing(mm)- Row\"")
          .contains("\"Collection URI\"").contains("\"Released Status\",\"Date Released\"")
          .endsWith("\"Third Party Analysis\",\"Authorized\"");
    }
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_08_29).start()) {
      String h = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n")[0];
      assertThat(h).contains("\"Collection\",\"Site\"").contains("\"Data Description URI\"");
    }
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_07_15).start()) {
      String h = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n")[0];
      assertThat(h.split(",")).hasSize(38);
      assertThat(h).doesNotContain("Site").doesNotContain("Birth");
    }
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_05_23).start()) {
      String h = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n")[0];
      assertThat(h.split(",")).hasSize(39);
      assertThat(h).contains("\"Patient Name\",\"Patient Birth Date\"");
    }
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_05_22).start()) {
      String h = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n")[0];
      assertThat(h.split(",")).hasSize(36);
      assertThat(h).doesNotContain("Pixel").doesNotContain("Authorized");
    }
  }

  @Test
  void erasByName() {
    assertThat(ColumnEra.named("current")).isEqualTo(ColumnEra.CURRENT);
    assertThat(ColumnEra.named("2025-08-29")).isEqualTo(ColumnEra.V4_2025_08_29);
    assertThat(ColumnEra.named("legacy_2022")).isEqualTo(ColumnEra.LEGACY_2022);
    assertThatThrownBy(() -> ColumnEra.named("2024")).hasMessageContaining("Unknown column era")
        .hasMessageContaining("current");
  }
}
