package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.Study;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.data.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact columns of patient and study exports per API generation: v4 exports have exactly the
 * columns of the {@code tcia_utils} v4 DataFrame; v1/v2 answers add {@code PatientBirthDate}, which
 * the export keeps.
 */
class SandboxExportColumnsTest {
  private static final String LUNG = SandboxV4QueriesTest.LUNG;
  private static final List<String> V4_PATIENT = List.of("PatientId", "PatientName", "PatientSex", "EthnicGroup",
      "Collection", "Phantom", "SpeciesCode", "SpeciesDescription", "Authorized");
  private static final List<String> V4_STUDY = List.of("StudyInstanceUID", "StudyDate", "StudyDescription",
      "AdmittingDiagnosesDescription", "StudyID", "PatientAge", "PatientID", "PatientName", "PatientSex", "EthnicGroup",
      "Collection", "SeriesCount", "LongitudinalTemporalEventType", "LongitudinalTemporalOffsetFromEvent", "Authorized");

  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static NbiaClient v4;
  private static NbiaClient v2;
  private static NbiaClient v1;
  private static Dataset data;

  @BeforeAll
  static void connect() {
    TciaSandbox s = SANDBOX.sandbox();
    v4 = client(s, ApiVersion.V4);
    v2 = client(s, ApiVersion.V2);
    v1 = client(s, ApiVersion.V1);
    data = s.dataset(Host.NBIA);
  }

  private static NbiaClient client(TciaSandbox s, ApiVersion version) {
    return NbiaClient.builder().baseUrl(s.nbiaUrl()).apiVersion(version)
        .configure(c -> c.retryPolicy(RetryPolicy.none())).build();
  }

  @AfterAll
  static void close() {
    v4.close();
    v2.close();
    v1.close();
  }

  private static <R extends Record> String csvHeader(List<R> rows, Class<R> type) {
    String csv = Export.toText(rows, TableSchema.ofRecordWithExtras(type, rows), TableFormat.CSV);
    return csv.substring(0, csv.indexOf('\n'));
  }

  private static <R extends Record> List<String> jsonKeys(List<R> rows, Class<R> type) {
    String json = Export.toText(rows, TableSchema.ofRecordWithExtras(type, rows), TableFormat.JSON);
    return new ArrayList<>(JsonCodec.standard().readRows(json).get(0).keySet());
  }

  private static List<String> plus(List<String> columns, String more) {
    List<String> all = new ArrayList<>(columns);
    all.add(more);
    return all;
  }

  private static Optional<LocalDate> birthDate(String patientId) {
    return data.patient(LUNG, patientId).orElseThrow().birthDate();
  }

  @Test
  void v4PatientExportsHaveExactlyTheV4Columns() {
    List<Patient> patients = v4.getPatient(LUNG);

    assertThat(patients).isNotEmpty().allSatisfy(p -> assertThat(p.patientBirthDate()).isEmpty());
    assertThat(csvHeader(patients, Patient.class)).isEqualTo(String.join(",", V4_PATIENT));
    assertThat(jsonKeys(patients, Patient.class)).containsExactlyElementsOf(V4_PATIENT);
  }

  @Test
  void v4StudyExportsHaveExactlyTheV4Columns() {
    List<Study> studies = v4.getStudy(LUNG);

    assertThat(studies).isNotEmpty().allSatisfy(st -> assertThat(st.extra()).isEmpty());
    assertThat(csvHeader(studies, Study.class)).isEqualTo(String.join(",", V4_STUDY));
    assertThat(jsonKeys(studies, Study.class)).containsExactlyElementsOf(V4_STUDY);
  }

  @Test
  void v2AndV1PatientExportsAddTheBirthDateTheServerSent() {
    assertThat(data.patients()).filteredOn(p -> p.collection().equals(LUNG))
        .as("the data set stores some birth dates").anySatisfy(p -> assertThat(p.birthDate()).isPresent());
    for (NbiaClient c : List.of(v2, v1)) {
      List<Patient> patients = c.getPatient(LUNG);

      assertThat(patients).as(c.toString()).isNotEmpty().allSatisfy(p ->
          assertThat(p.patientBirthDate()).as(p.patientId()).isEqualTo(birthDate(p.patientId())));
      assertThat(csvHeader(patients, Patient.class)).as(c.toString())
          .isEqualTo(String.join(",", plus(V4_PATIENT, "PatientBirthDate")));
      Patient withDate = patients.stream().filter(p -> p.patientBirthDate().isPresent()).findFirst().orElseThrow();
      assertThat(Export.toText(List.of(withDate), TableSchema.ofRecordWithExtras(Patient.class, patients),
          TableFormat.CSV)).as("the value as the server sent it")
          .contains("," + withDate.patientBirthDate().orElseThrow() + " 00:00:00.0\n");
    }
  }

  @Test
  void v2StudyExportsAddTheBirthDateTheServerSent() {
    List<Study> studies = v2.getStudy(StudyQuery.collection(LUNG));

    assertThat(studies).isNotEmpty().allSatisfy(st ->
        assertThat(st.patientBirthDate()).as(st.studyInstanceUid()).isEqualTo(birthDate(st.patientId())));
    assertThat(studies).anySatisfy(st -> assertThat(st.patientBirthDate()).isPresent());
    assertThat(csvHeader(studies, Study.class)).isEqualTo(String.join(",", plus(V4_STUDY, "PatientBirthDate")));
    assertThat(jsonKeys(studies, Study.class)).containsExactlyElementsOf(plus(V4_STUDY, "PatientBirthDate"));
  }

  @Test
  void aBirthDateThatIsNoDateNamesTheValue() {
    Patient odd = new Patient("P", "P", null, null, LUNG, "NO", null, null, null, Map.of("PatientBirthDate", "soon"));
    Patient spaced = new Patient("P", "P", null, null, LUNG, "NO", null, null, null,
        Map.of("Patient Birth Date", "1970-01-02"));

    assertThatThrownBy(odd::patientBirthDate)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PatientBirthDate").hasMessageContaining("soon");
    assertThat(spaced.patientBirthDate()).contains(LocalDate.of(1970, 1, 2));
  }
}
