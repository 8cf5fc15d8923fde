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
 * A patient (subject), as {@code getPatient()} and {@code getNewPatientsInCollection()} return it
 * (NBIA {@code getPatient}, {@code NewPatientsInCollection}). Column names are the server's, including
 * {@code PatientId} with a lower-case d.
 *
 * <p>The components are the v4 columns (those of the {@code tcia_utils} v4 DataFrame). API v1/v2
 * answers also carry {@code PatientBirthDate}, which stays in {@code extra} (read it with
 * {@link #patientBirthDate()}), so that only exports of v1/v2 answers have that column.
 *
 * @param patientId the patient (subject) id
 * @param patientName the patient name (on TCIA usually equal to the id)
 * @param patientSex the sex code, e.g. {@code M}, {@code F}, {@code O}
 * @param ethnicGroup the ethnic group, if recorded
 * @param collection the collection
 * @param phantom {@code YES} for phantom data, else {@code NO}
 * @param speciesCode the species code, e.g. {@code 337915000} (human)
 * @param speciesDescription the species, e.g. {@code Homo sapiens}
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record Patient(
    @JsonbProperty("PatientId") @WireAlias({"PatientID", "Patient ID", "Subject ID"}) String patientId,
    @JsonbProperty("PatientName") @WireAlias({"Patient Name"}) String patientName,
    @JsonbProperty("PatientSex") @WireAlias({"Patient Sex"}) String patientSex,
    @JsonbProperty("EthnicGroup") @WireAlias({"Ethnic Group"}) String ethnicGroup,
    @JsonbProperty("Collection") @WireAlias({"Project", "Collection Name"}) String collection,
    @JsonbProperty("Phantom") String phantom,
    @JsonbProperty("SpeciesCode") @WireAlias({"Species Code"}) String speciesCode,
    @JsonbProperty("SpeciesDescription") @WireAlias({"Species Description"}) String speciesDescription,
    @JsonbProperty("Authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param patientId see the record description
   * @param patientName see the record description
     * @param patientSex see the record description
   * @param ethnicGroup see the record description
   * @param collection see the record description
   * @param phantom see the record description
   * @param speciesCode see the record description
   * @param speciesDescription see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public Patient {
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
