package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.internal.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the sandbox with the recorded real responses under {@code tcia4j.shared.dir}
 * (skipped when the folder is absent): keys, key order, value formats and quirks.
 */
class FixtureConformanceTest {
  private static Path fixtures;

  @BeforeAll
  static void locate() {
    String dir = System.getProperty("tcia4j.shared.dir");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "fixtures", "nbia-api")),
        "shared fixtures not available");
    fixtures = Path.of(dir, "fixtures", "nbia-api");
  }

  private static String read(String relative) throws IOException {
    return Files.readString(fixtures.resolve(relative), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(String json) {
    return (List<Map<String, Object>>) (List<?>) JsonReader.parse(json);
  }

  /** A value's shape: its JSON type and, for strings, a date or number pattern. */
  private static String shape(Object v) {
    if (v instanceof Long || v instanceof java.math.BigDecimal) {
      return "number";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    String s = v.toString();
    if (s.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+")) {
      return "sql-timestamp";
    }
    if (s.matches("\\d{2}-\\d{2}-\\d{4}")) {
      return "MM-dd-yyyy";
    }
    if (s.matches("-?\\d+\\.\\d{6}")) {
      return "decimal6";
    }
    return "string";
  }

  @Test
  void recordedSoftTissueSarcomaSeriesAreReproducedByV2GetSeries() throws IOException {
    Path file = fixtures.resolve("json/v2_getSeries_Collection=Soft-tissue-Sarcoma_2025-05-12.json");
    List<Map<String, Object>> recorded = rows(Files.readString(file, StandardCharsets.UTF_8));
    try (TciaSandbox s = TciaSandbox.builder().datasetFromRecordedSeries(file).start()) {
      Http guest = Tokens.guest(Http.of(s));
      List<Map<String, Object>> ours = rows(guest.get(V2 + "getSeries", "Collection",
          "Soft-tissue-Sarcoma").body());
      assertThat(ours).hasSize(recorded.size()).hasSize(612);
      for (int i = 0; i < recorded.size(); i++) {
        assertThat(List.copyOf(ours.get(i).keySet())).as("keys of row %d", i)
            .isEqualTo(List.copyOf(recorded.get(i).keySet()));
        assertThat(ours.get(i)).as("row %d", i).isEqualTo(recorded.get(i));
      }
      // v4 answers the same series with the current columns and its own date format
      Map<String, Object> v4 = rows(Http.of(s).get(V4 + "getSeries", "SeriesInstanceUID",
          (String) recorded.get(0).get("SeriesInstanceUID")).body()).get(0);
      assertThat(v4.get("DataDescriptionURI")).isEqualTo(recorded.get(0).get("CollectionURI"));
      assertThat(v4.get("SeriesDate")).isEqualTo("12-12-2003");
    }
  }

  @Test
  void reconstructedV1SeriesMetaDataOf2022MatchesKeysAndValues() throws IOException {
    Path series = fixtures.resolve("json/v2_getSeries_Collection=Soft-tissue-Sarcoma_2025-05-12.json");
    List<Map<String, Object>> recorded = rows(read(
        "reconstructed/v1_getSeriesMetaData_Soft-tissue-Sarcoma_2022-10_3series.reconstructed.json"));
    try (TciaSandbox s = TciaSandbox.builder().datasetFromRecordedSeries(series)
        .columnEra(ColumnEra.LEGACY_2022).start()) {
      for (Map<String, Object> r : recorded) {
        Map<String, Object> ours = rows(Http.of(s).get(V1 + "getSeriesMetaData",
            "SeriesInstanceUID", (String) r.get("Series UID")).body()).get(0);
        assertThat(List.copyOf(ours.keySet())).isEqualTo(List.copyOf(r.keySet()));
        assertThat(ours).isEqualTo(r);
      }
    }
  }

  @Test
  void valueListsHaveTheRecordedShapes() throws IOException {
    List<Map<String, Object>> collections = rows(read("json/v2_getCollectionValues_2025-05-12.json"));
    List<String> names = collections.stream().map(m -> (String) m.get("Collection")).toList();
    assertThat(names).isSortedAccordingTo(String::compareTo);
    String body = read("json/v2_getBodyPartValues_Collection=ACNS0332_2022-10.json");
    assertThat(rows(body).get(0)).isEmpty();
    List<Map<String, Object>> modalities = rows(
        read("json/v2_getModalityValues_Collection=ACNS0332_2022-10.json"));
    try (TciaSandbox s = TciaSandbox.start()) {
      Http guest = Tokens.guest(Http.of(s));
      List<Map<String, Object>> ours = rows(guest.get(V2 + "getCollectionValues").body());
      assertThat(ours).allSatisfy(m -> assertThat(m.keySet())
          .isEqualTo(collections.get(0).keySet()));
      assertThat(ours.stream().map(m -> (String) m.get("Collection")).toList())
          .isSortedAccordingTo(String::compareTo);
      List<Map<String, Object>> parts = rows(guest.get(V2 + "getBodyPartValues", "Collection",
          "SBX-Lung-CT").body());
      assertThat(parts.get(0)).isEmpty();
      assertThat(parts.get(1).keySet()).isEqualTo(rows(body).get(1).keySet());
      List<Map<String, Object>> mods = rows(guest.get(V2 + "getModalityValues", "Collection",
          "SBX-Lung-CT").body());
      assertThat(mods.get(0).keySet()).isEqualTo(modalities.get(0).keySet());
      assertThat(mods.stream().map(m -> (String) m.get("Modality")).toList())
          .isSortedAccordingTo(String::compareTo);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void nbiaToolkitSamplesMatchKeysOrderAndFormats() throws IOException {
    Map<String, Object> samples = (Map<String, Object>) ((Map<String, Object>) JsonReader.parse(
        read("json/nbiatoolkit_notebook_samples_2023-12_to_2024-02.json"))).get("samples");
    try (TciaSandbox s = TciaSandbox.start()) {
      Http h = Http.of(s);
      Http guest = Tokens.guest(h);
      for (Map.Entry<String, Object> e : samples.entrySet()) {
        String name = e.getKey();
        Object value = e.getValue();
        Map<String, Object> sample = value instanceof List
            ? ((List<Map<String, Object>>) value).get(0) : (Map<String, Object>) value;
        if (name.contains("server key order preserved")) {
          Map<String, Object> ours = rows(guest.get(V2 + "getSeries", "Collection",
              "SBX-Lung-CT").body()).get(0);
          List<String> allKeys = List.copyOf(rows(guest.get(V2 + "getSeries", "Collection",
              "SBX-Lung-CT", "format", "json").body()).get(0).keySet());
          assertThat(List.of("SeriesInstanceUID", "StudyInstanceUID", "Modality", "ProtocolName",
              "SeriesDate", "SeriesDescription", "BodyPartExamined", "SeriesNumber",
              "AnnotationsFlag", "Collection", "PatientID", "Manufacturer",
              "ManufacturerModelName", "SoftwareVersions", "ImageCount", "TimeStamp",
              "LicenseName", "LicenseURI", "CollectionURI", "FileSize", "DateReleased",
              "StudyDesc", "StudyDate", "ThirdPartyAnalysis"))
              .containsSubsequence(List.copyOf(sample.keySet()))
              .containsSubsequence(allKeys);
          shapesMatch(name, sample, ours);
        } else if (name.startsWith("getCollectionValuesAndCounts")
            || name.startsWith("getBodyPartValuesAndCounts")) {
          String endpoint = name.substring(0, name.indexOf(' '));
          Map<String, Object> ours = rows(guest.get(Paths.ADV + endpoint).body()).get(0);
          assertThat(ours.keySet()).isEqualTo(sample.keySet());
          shapesMatch(name, sample, ours);
        } else if (name.startsWith("v2/")) {
          String endpoint = name.substring(3, name.indexOf('?') > 0 ? name.indexOf('?')
              : name.indexOf(' '));
          String[] params = switch (endpoint) {
            case "getPatientByCollectionAndModality" -> new String[] {"Collection",
                "SBX-Lung-CT", "Modality", "CT"};
            case "NewPatientsInCollection" -> new String[] {"Collection", "SBX-Lung-CT", "Date",
                "2019/01/01"};
            case "getUpdatedSeries" -> new String[] {"fromDate", "01/01/2019"};
            default -> new String[] {"Collection", "SBX-Lung-CT"};
          };
          List<Map<String, Object>> ours = rows(guest.get(V2 + endpoint, params).body());
          // the printer sorted these keys, so compare sets; every recorded key must exist
          java.util.Set<String> union = new java.util.HashSet<>();
          ours.forEach(m -> union.addAll(m.keySet()));
          assertThat(union).as(name).containsAll(sample.keySet());
          Map<String, Object> match = ours.stream().filter(m -> m.keySet()
              .containsAll(sample.keySet())).findFirst().orElse(ours.get(0));
          shapesMatch(name, sample, match);
        }
      }
    }
  }

  private static void shapesMatch(String name, Map<String, Object> recorded,
      Map<String, Object> ours) {
    for (Map.Entry<String, Object> e : recorded.entrySet()) {
      if (ours.containsKey(e.getKey())) {
        assertThat(shape(ours.get(e.getKey()))).as(name + " " + e.getKey())
            .isEqualTo(shape(e.getValue()));
      }
    }
  }

  @Test
  void v4UpdatedSeriesOfAugust2025HasTheRecordedKeysAndFormats() throws IOException {
    Map<String, Object> sample = rows(
        read("json/v4_getUpdatedSeries_example_from_openapi_2025-09ish.json")).get(0);
    try (TciaSandbox s = TciaSandbox.builder().columnEra(ColumnEra.V4_2025_08_29).start()) {
      String csvHeader = Http.of(s).get(V4 + "getUpdatedSeries", "format", "csv").body()
          .split("\n")[0];
      List<String> all = List.of(csvHeader.substring(1, csvHeader.length() - 1).split("\",\""));
      assertThat(all).containsSubsequence(List.copyOf(sample.keySet()));
      List<Map<String, Object>> ours = rows(Http.of(s).get(V4 + "getUpdatedSeries").body());
      Map<String, Object> full = ours.stream().filter(m -> m.keySet().containsAll(sample.keySet()))
          .findFirst().orElseThrow();
      assertThat(List.copyOf(full.keySet())).isEqualTo(List.copyOf(sample.keySet()));
      shapesMatch("v4 getUpdatedSeries", sample, full);
    }
  }

  @Test
  void v4SeriesMetadataCsvHasTheRecordedHeaderAndValueFormats() throws IOException {
    String[] recorded = read("csv/v4_getSeriesMetadata_4D-Lung_example_from_openapi_2025-11.csv")
        .split("\n");
    try (TciaSandbox s = TciaSandbox.start()) {
      String uid = s.dataset(Host.NBIA).series().stream().filter(x -> x.modality().equals("CT")
          && x.visible()).findFirst().orElseThrow().seriesInstanceUid();
      String[] ours = Http.of(s).post(V4 + "getSeriesMetadata", "list", uid).body().split("\n");
      assertThat(ours[0]).isEqualTo(recorded[0]);
      String[] a = recorded[1].substring(1, recorded[1].length() - 1).split("\",\"", -1);
      String[] b = ours[1].substring(1, ours[1].length() - 1).split("\",\"", -1);
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.length; i++) {
        if (!a[i].isEmpty() && !b[i].isEmpty()) {
          assertThat(shape(b[i])).as("column " + i).isEqualTo(shape(a[i]));
        }
      }
      assertThat(ours[1]).endsWith("\"1\"");
    }
  }

  @Test
  void manifestsShareTheServerHeaderLayout() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(fixtures.resolve("manifests"))) {
      files = list.filter(p -> p.toString().endsWith(".tcia")).sorted().toList();
    }
    assertThat(files).hasSize(9);
    List<String> recordedKeys = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      recordedKeys = keys(lines);
      assertThat(text).endsWith("\n").doesNotContain("\r");
    }
    try (TciaSandbox s = TciaSandbox.start()) {
      String text = Http.of(s).post(V4 + "getManifestForSimpleSearch", "criteriaType0",
          "CollectionCriteria", "value0", "SBX-Chest-XRay", "sortField", "subject",
          "sortDirection", "ascending", "start", "0", "size", "1000000").body();
      String[] lines = text.split("\n", -1);
      assertThat(keys(lines)).isEqualTo(recordedKeys).containsExactly("downloadServerUrl",
          "includeAnnotation", "noOfrRetry", "databasketId", "manifestVersion",
          "ListOfSeriesToDownload");
      assertThat(lines[2]).isEqualTo("noOfrRetry=4");
      assertThat(lines[3]).matches("databasketId=manifest-\\d+\\.tcia");
      assertThat(lines[4]).isEqualTo("manifestVersion=3.0");
      assertThat(text).endsWith("\n");
      for (int i = 6; i < lines.length - 1; i++) {
        assertThat(lines[i]).matches("[0-9.]+");
      }
    }
  }

  private static List<String> keys(String[] lines) {
    List<String> k = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      k.add(lines[i].substring(0, lines[i].indexOf('=')));
    }
    return k;
  }
}
