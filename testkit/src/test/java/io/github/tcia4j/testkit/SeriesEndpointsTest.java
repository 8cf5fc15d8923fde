package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeriesEndpointsTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static final List<String> CURRENT_KEYS = List.of("SeriesInstanceUID",
      "StudyInstanceUID", "Modality", "ProtocolName", "SeriesDate", "SeriesDescription",
      "BodyPartExamined", "SeriesNumber", "AnnotationsFlag", "Collection", "Site", "PatientID",
      "PatientSex", "PatientAge", "AdmittingDiagnosisDescription", "Manufacturer",
      "ManufacturerModelName", "SoftwareVersions", "ImageCount", "MaxSubmissionTimestamp",
      "LicenseName", "LicenseURI", "DataDescriptionURI", "FileSize", "ReleasedStatus",
      "DateReleased", "StudyDesc", "StudyDate", "ThirdPartyAnalysis", "Authorized");

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  private static Series first(String collection, String modality) {
    return data().series().stream().filter(s -> s.visible() && s.collection().equals(collection)
        && s.modality().equals(modality)).findFirst().orElseThrow();
  }

  @Test
  void v4SeriesKeysFollowTheCurrentColumnOrder() {
    Http.Res r = http().get(V4 + "getSeries", "Collection", "SBX-Breast-MR");
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows).hasSize((int) data().series().stream()
        .filter(s -> s.visible() && s.collection().equals("SBX-Breast-MR")).count());
    for (Map<String, Object> row : rows) {
      assertThat(CURRENT_KEYS).containsSubsequence(List.copyOf(row.keySet()));
    }
    assertThat(rows).anySatisfy(row -> assertThat(row.keySet()).contains("ProtocolName"));
  }

  @Test
  void allEightFiltersNarrowTheResult() {
    Series s = first("SBX-Lung-CT", "CT");
    Http.Res r = http().get(V4 + "getSeries", "Collection", "sbx-lung-ct", "PatientID",
        s.patientId().toLowerCase(), "StudyInstanceUID", s.studyInstanceUid(), "SeriesInstanceUID",
        s.seriesInstanceUid(), "Modality", "ct", "BodyPartExamined",
        s.bodyPartExamined().orElse("CHEST").toLowerCase(), "Manufacturer",
        s.manufacturer().orElseThrow().toLowerCase(), "ManufacturerModelName",
        s.manufacturerModelName().orElseThrow().toUpperCase());
    if (s.bodyPartExamined().isPresent()) {
      assertThat(Json.column(r.body(), "SeriesInstanceUID")).containsExactly(s.seriesInstanceUid());
    } else {
      assertThat(r.body()).isEmpty();
    }
    assertThat(http().get(V4 + "getSeries", "SeriesInstanceUID",
        s.seriesInstanceUid().toUpperCase() + "9").body()).isEmpty();
    Http guest = Tokens.guest(http());
    assertThat(guest.get(V2 + "getSeries", "Collection", "SBX-Lung-CT", "Modality", "ct").body())
        .isEmpty();
    assertThat(guest.get(V2 + "getSeries", "Collection", "sbx-lung-ct", "PatientID",
        s.patientId().toLowerCase(), "Modality", "CT").body()).contains(s.seriesInstanceUid());
  }

  @Test
  void v2SeriesHas24KeysAndTimestamps() {
    Http guest = Tokens.guest(http());
    Series s = first("SBX Head+Neck", "PT");
    Map<String, Object> row = Json.rows(guest.get(V2 + "getSeries", "SeriesInstanceUID",
        s.seriesInstanceUid()).body()).get(0);
    assertThat(List.of("SeriesInstanceUID", "StudyInstanceUID", "Modality", "ProtocolName",
        "SeriesDate", "SeriesDescription", "BodyPartExamined", "SeriesNumber", "AnnotationsFlag",
        "Collection", "PatientID", "Manufacturer", "ManufacturerModelName", "SoftwareVersions",
        "ImageCount", "TimeStamp", "LicenseName", "LicenseURI", "CollectionURI", "FileSize",
        "DateReleased", "StudyDesc", "StudyDate", "ThirdPartyAnalysis"))
        .containsSubsequence(List.copyOf(row.keySet()));
    assertThat((String) row.get("TimeStamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.0");
    assertThat((String) row.get("SeriesDate")).endsWith(" 00:00:00.0");
    assertThat(row).doesNotContainKey("ThirdPartyAnalysis");
    assertThat(row.get("SeriesNumber")).isEqualTo(3L);
  }

  @Test
  void updatedSeriesUseMonthFirstOnV4AndDayFirstOnV2() {
    LocalDate from = LocalDate.of(2022, 9, 30);
    long expected = data().series().stream().filter(s -> s.visible()
        && !s.collection().equals(TciaSandbox.RESTRICTED_COLLECTION)
        && s.dateReleased().isAfter(from.atStartOfDay())).count();
    assertThat(expected).isPositive();
    Http.Res v4 = http().get(V4 + "getUpdatedSeries", "fromDate", "09-30-2022");
    assertThat(Json.rows(v4.body())).hasSize((int) expected);
    assertThat(CURRENT_KEYS).containsSubsequence(List.copyOf(Json.rows(v4.body()).get(0).keySet()));
    Http.Res v1 = http().get(V1 + "getUpdatedSeries", "fromDate", "30/09/2022");
    List<Map<String, Object>> rows = Json.rows(v1.body());
    assertThat(rows).hasSize((int) expected);
    assertThat(List.of("SeriesInstanceUID", "StudyInstanceUID", "Modality", "ProtocolName",
        "SeriesDate", "SeriesDescription", "BodyPartExamined", "SeriesNumber", "AnnotationsFlag",
        "Collection", "PatientID", "Manufacturer", "ManufacturerModelName", "SoftwareVersions",
        "ImageCount", "DateReleased")).containsSubsequence(List.copyOf(rows.get(0).keySet()));
    Http.Res all = http().get(V4 + "getUpdatedSeries");
    assertThat(Json.rows(all.body())).hasSize((int) data().series().stream().filter(s ->
        s.visible() && !s.collection().equals(TciaSandbox.RESTRICTED_COLLECTION)).count());
    Http.Res bad = http().get(V1 + "getUpdatedSeries", "fromDate", "09-30-2022");
    assertThat(bad.status()).isEqualTo(500);
    assertThat(bad.body()).contains("Unparseable date");
  }

  @Test
  void seriesSizeSumsTheSyntheticFiles() {
    Series s = first("SBX-Breast-MR", "MR");
    long expected = 0;
    for (Instance i : data().instances(s.seriesInstanceUid())) {
      long size = SyntheticDicom.size(InstanceSpecs.of(data(), s, i));
      assertThat(i.fileSize()).isEqualTo(size);
      expected += size;
    }
    Http.Res r = http().get(V4 + "getSeriesSize", "SeriesInstanceUID", s.seriesInstanceUid());
    assertThat(r.body()).isEqualTo("[{\"TotalSizeInBytes\":" + expected + ",\"ObjectCount\":"
        + s.imageCount() + "}]");
    Map<String, Object> row = Json.rows(http().get(V4 + "getSeries", "SeriesInstanceUID",
        s.seriesInstanceUid()).body()).get(0);
    assertThat(row.get("FileSize")).isEqualTo(expected);
    Http.Res missing = http().get(V4 + "getSeriesSize");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).isEqualTo("A parameter, SeriesInstanceUID is required for this API call.");
    assertThat(missing.contentType()).isEqualTo("application/json");
    assertThat(http().get(V4 + "getSeriesSize", "SeriesInstanceUID", "1.2.3").body())
        .isEqualTo("[{\"ObjectCount\":0}]");
  }

  @Test
  void sopInstanceUidsAreASingleColumn() {
    Series s = first("SBX-Lung-CT", "CT");
    Http.Res r = http().get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID", s.seriesInstanceUid());
    assertThat(Json.column(r.body(), "SOPInstanceUID")).containsExactlyElementsOf(
        data().instances(s.seriesInstanceUid()).stream().map(Instance::sopInstanceUid).toList());
    Http.Res csv = http().get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID",
        s.seriesInstanceUid(), "format", "csv");
    assertThat(csv.body()).startsWith("SOPInstanceUID\n2.25.");
    assertThat(http().get(V4 + "getSOPInstanceUIDs").status()).isEqualTo(400);
  }

  @Test
  void v4SopListSkipsTheVisibilityCheckButV2DoesNot() {
    Series hidden = data().series().stream().filter(s -> !s.visible()).findFirst().orElseThrow();
    assertThat(http().get(V4 + "getSeries", "SeriesInstanceUID", hidden.seriesInstanceUid())
        .body()).isEmpty();
    assertThat(http().get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID",
        hidden.seriesInstanceUid()).body()).startsWith("[{\"SOPInstanceUID\":");
    assertThat(Tokens.guest(http()).get(V2 + "getSOPInstanceUIDs", "SeriesInstanceUID",
        hidden.seriesInstanceUid()).body()).isEmpty();
  }
}
