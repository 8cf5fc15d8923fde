package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * A patient id with access flag, as {@code getPatientByCollectionAndModality()} returns it (NBIA
 * {@code getPatientByCollectionAndModality}).
 *
 * @param patientId the patient (subject) id
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record PatientRef(
    @JsonbProperty("PatientId") @WireAlias({"PatientID"}) String patientId,
    @JsonbProperty("Authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param patientId see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public PatientRef {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
