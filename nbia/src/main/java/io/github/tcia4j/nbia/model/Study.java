package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A study, as {@code getStudy()} and {@code getNewStudiesInPatient()} return it (NBIA
 * {@code getPatientStudy}, {@code NewStudiesInPatientCollection}). Note the server's spelling
 * {@code AdmittingDiagnosesDescription} here, unlike {@code AdmittingDiagnosisDescription} in series
 * rows.
 *
 * <p>The components are the v4 columns (those of the {@code tcia_utils} v4 DataFrame). API v1/v2
 * answers also carry {@code PatientBirthDate}, which stays in {@code extra} (read it with
 * {@link #patientBirthDate()}), so that only exports of v1/v2 answers have that column.
 *
 * @param studyInstanceUid the Study Instance UID
 * @param studyDate the study date
 * @param studyDescription the study description
 * @param admittingDiagnosesDescription the admitting diagnoses description
 * @param studyId the study id
 * @param patientAge the age at the study, DICOM style, e.g. {@code 066Y}
 * @param patientId the patient (subject) id
 * @param patientName the patient name
 * @param patientSex the sex code
 * @param ethnicGroup the ethnic group
 * @param collection the collection
 * @param seriesCount the number of series in the study
 * @param longitudinalTemporalEventType the longitudinal event type, if recorded
 * @param longitudinalTemporalOffsetFromEvent the offset from that event, as the server sends it
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record Study(
    @JsonbProperty("StudyInstanceUID") @WireAlias({"Study Instance UID", "Study UID"}) String studyInstanceUid,
    @JsonbProperty("StudyDate") @WireAlias({"Study Date"}) LocalDate studyDate,
    @JsonbProperty("StudyDescription") @WireAlias({"Study Description"}) String studyDescription,
    @JsonbProperty("AdmittingDiagnosesDescription") @WireAlias({"AdmittingDiagnosisDescription", "Admitting Diagnosis Description"}) String admittingDiagnosesDescription,
    @JsonbProperty("StudyID") @WireAlias({"Study ID"}) String studyId,
    @JsonbProperty("PatientAge") @WireAlias({"Patient Age"}) String patientAge,
    @JsonbProperty("PatientID") @WireAlias({"PatientId", "Patient ID", "Subject ID"}) String patientId,
    @JsonbProperty("PatientName") @WireAlias({"Patient Name"}) String patientName,
    @JsonbProperty("PatientSex") @WireAlias({"Patient Sex"}) String patientSex,
    @JsonbProperty("EthnicGroup") @WireAlias({"Ethnic Group"}) String ethnicGroup,
    @JsonbProperty("Collection") @WireAlias({"Project", "Collection Name"}) String collection,
    @JsonbProperty("SeriesCount") Integer seriesCount,
    @JsonbProperty("LongitudinalTemporalEventType") @WireAlias({"Longitudinal Temporal Event Type"}) String longitudinalTemporalEventType,
    @JsonbProperty("LongitudinalTemporalOffsetFromEvent") @WireAlias({"Longitudinal Temporal Offset From Event"}) String longitudinalTemporalOffsetFromEvent,
    @JsonbProperty("Authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param studyInstanceUid see the record description
   * @param studyDate see the record description
   * @param studyDescription see the record description
   * @param admittingDiagnosesDescription see the record description
   * @param studyId see the record description
   * @param patientAge see the record description
   * @param patientId see the record description
   * @param patientName see the record description
     * @param patientSex see the record description
   * @param ethnicGroup see the record description
   * @param collection see the record description
   * @param seriesCount see the record description
   * @param longitudinalTemporalEventType see the record description
   * @param longitudinalTemporalOffsetFromEvent see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public Study {
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Returns the birth date, which only API v1/v2 answers carry ({@code PatientBirthDate}); v4
   * answers and the {@code tcia_utils} v4 DataFrame have no such column. The value stays in
   * {@link #extra()} as the server sent it, so a v1/v2 export keeps the column and a v4 export
   * does not have it.
   *
   * @return the birth date; empty when the server sent none
   * @throws IllegalArgumentException when the server sent a value that is not a date NBIA writes
   */
  public Optional<LocalDate> patientBirthDate() {
    return BirthDates.of(extra);
  }
}
