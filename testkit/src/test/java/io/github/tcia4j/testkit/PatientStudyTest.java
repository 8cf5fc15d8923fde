package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PatientStudyTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  @Test
  void v4PatientKeysUseLowerCaseD() {
    List<Map<String, Object>> rows = Json.rows(http().get(V4 + "getPatient", "Collection",
        "SBX-Preclinical-MR").body());
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).keySet()).containsSubsequence("PatientId", "PatientName", "PatientSex",
        "Collection", "Phantom", "SpeciesCode", "SpeciesDescription", "Authorized");
    assertThat(rows).extracting(r -> r.get("SpeciesCode")).contains("447612001", "448771007");
    List<Map<String, Object>> phantom = Json.rows(http().get(V4 + "getPatient", "PatientId",
        "sbx-lung-phantom").body());
    assertThat(phantom).singleElement().satisfies(r -> {
      assertThat(r.get("Phantom")).isEqualTo("YES");
      assertThat(r.get("PatientSex")).isEqualTo("O");
    });
  }

  @Test
  void v2PatientHasBirthDateAsTimestampAndNoAuthorized() {
    Http guest = Tokens.guest(http());
    List<Map<String, Object>> rows = Json.rows(guest.get(V2 + "getPatient", "Collection",
        "SBX-Lung-CT").body());
    assertThat(rows).allSatisfy(r -> assertThat(r).doesNotContainKey("Authorized"));
    assertThat(rows).anySatisfy(r -> assertThat((String) r.get("PatientBirthDate"))
        .matches("\\d{4}-\\d{2}-\\d{2} 00:00:00\\.0"));
    assertThat(rows).anySatisfy(r -> assertThat(r).doesNotContainKey("PatientSex"));
  }

  @Test
  void patientByCollectionAndModalityNeedsBoth() {
    for (String[] q : new String[][] {{"Collection", "SBX-Lung-CT"}, {"Modality", "CT"}, {}}) {
      Http.Res r = http().get(V4 + "getPatientByCollectionAndModality", q);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).isEqualTo(
          "A parameter, Collection and Modality, are required for this API call.");
    }
    Http.Res ok = http().get(V4 + "getPatientByCollectionAndModality", "Collection",
        "SBX-Lung-CT", "Modality", "seg");
    Set<String> expected = data().series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Lung-CT") && s.modality().equals("SEG"))
        .map(Series::patientId).collect(Collectors.toSet());
    assertThat(Json.column(ok.body(), "PatientId")).hasSize(expected.size())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ok.body()).contains("\"Authorized\":1");
  }

  @Test
  void newPatientsUseFromDateOnV4AndDateOnV2() {
    Http.Res missing = http().get(V4 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body())
        .isEqualTo("A parameter, Collection and Date are required for this API call.");
    assertThat(http().get(V4 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT", "Date",
        "2019/07/02").status()).isEqualTo(400);
    // v4 keeps patients released on or after the day; the 2019-07-02 wave is included
    Set<String> onOrAfter = patientsReleased("SBX-Lung-CT", LocalDate.of(2019, 7, 2), true);
    assertThat(Json.column(http().get(V4 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT",
        "fromDate", "07-02-2019").body(), "PatientId")).containsExactlyInAnyOrderElementsOf(
        onOrAfter);
    Http guest = Tokens.guest(http());
    // v1/v2: Date as yyyy/MM/dd, strictly later than midnight of that day
    Set<String> after = patientsReleased("SBX-Lung-CT", LocalDate.of(2019, 7, 3), true);
    assertThat(Json.column(guest.get(V2 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT",
        "Date", "2019/07/03").body(), "PatientId")).containsExactlyInAnyOrderElementsOf(after);
    assertThat(guest.get(V2 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT",
        "fromDate", "07-02-2019").status()).isEqualTo(400);
  }

  private static Set<String> patientsReleased(String collection, LocalDate from, boolean v4) {
    LocalDateTime t = from.atStartOfDay();
    return data().series().stream().filter(s -> s.visible() && s.collection().equals(collection)
        && (v4 ? !s.dateReleased().isBefore(t) : s.dateReleased().isAfter(t)))
        .map(Series::patientId).collect(Collectors.toSet());
  }

  @Test
  void badDatesFailLikeTheServersParser() {
    Http.Res r = http().get(V4 + "NewPatientsInCollection", "Collection", "SBX-Lung-CT",
        "fromDate", "2019/07/02");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.contentType()).isEqualTo("text/plain");
    assertThat(r.body()).isEqualTo(Paths.PROCESS_FAILED + "\nUnparseable date: \"2019/07/02\"");
  }

  @Test
  void studiesHaveV4AndV2Shapes() {
    List<Map<String, Object>> v4 = Json.rows(http().get(V4 + "getPatientStudy", "Collection",
        "SBX-Breast-MR", "PatientID", "sbx-br-001").body());
    assertThat(v4).isNotEmpty();
    Map<String, Object> first = v4.get(0);
    assertThat(first.keySet()).containsSubsequence("StudyInstanceUID", "StudyDate",
        "StudyDescription", "StudyID", "PatientAge", "PatientID", "PatientName", "PatientSex",
        "Collection", "SeriesCount", "LongitudinalTemporalEventType",
        "LongitudinalTemporalOffsetFromEvent", "Authorized");
    assertThat((String) first.get("StudyDate")).matches("\\d{2}-\\d{2}-\\d{4}");
    assertThat((String) first.get("PatientAge")).matches("\\d{3}Y");
    assertThat(first.get("SeriesCount")).isInstanceOf(Long.class);
    assertThat(first.get("LongitudinalTemporalEventType")).isEqualTo("Diagnosis");
    Http guest = Tokens.guest(http());
    Map<String, Object> v2 = Json.rows(guest.get(V2 + "getPatientStudy", "Collection",
        "SBX-Breast-MR", "PatientID", "SBX-BR-001").body()).get(0);
    assertThat(v2).doesNotContainKey("Authorized");
    assertThat((String) v2.get("StudyDate")).matches("\\d{4}-\\d{2}-\\d{2} 00:00:00\\.0");
    long seriesInStudy = data().series().stream().filter(s -> s.visible()
        && s.studyInstanceUid().equals(first.get("StudyInstanceUID"))).count();
    assertThat(first.get("SeriesCount")).isEqualTo(seriesInStudy);
  }

  @Test
  void newStudiesFilterByReleaseDate() {
    Http.Res r = http().get(V4 + "NewStudiesInPatientCollection", "Collection", "SBX Head+Neck",
        "fromDate", "01-01-2020");
    Set<String> expected = data().series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX Head+Neck")
        && !s.dateReleased().isBefore(LocalDate.of(2020, 1, 1).atStartOfDay()))
        .map(Series::studyInstanceUid).collect(Collectors.toSet());
    assertThat(expected).isNotEmpty();
    assertThat(Json.column(r.body(), "StudyInstanceUID")).containsExactlyInAnyOrderElementsOf(
        expected);
    assertThat(http().get(V4 + "NewStudiesInPatientCollection", "PatientID", "x", "fromDate",
        "01-01-2020").body()).isEqualTo(
            "A parameter, Collection and Date are required for this API call.");
  }
}
