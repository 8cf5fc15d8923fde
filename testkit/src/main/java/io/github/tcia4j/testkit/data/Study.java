package io.github.tcia4j.testkit.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A study of one patient.
 *
 * @param pk the internal database key (simple search's {@code studyIdentifier})
 * @param collection the collection name
 * @param patientId the patient's PatientID
 * @param studyInstanceUid the StudyInstanceUID
 * @param studyDate the StudyDate, if stored
 * @param description the StudyDescription, if stored
 * @param studyId the StudyID, if stored
 * @param accessionNumber the AccessionNumber, if stored
 * @param patientAge the PatientAge at the study, e.g. {@code 045Y}, if stored
 * @param admittingDiagnosesDescription the AdmittingDiagnosesDescription, if stored
 * @param longitudinalTemporalEventType the LongitudinalTemporalEventType, if stored
 * @param longitudinalTemporalOffsetFromEvent the offset in days from that event, if stored
 */
public record Study(int pk, String collection, String patientId, String studyInstanceUid,
    Optional<LocalDate> studyDate, Optional<String> description, Optional<String> studyId,
    Optional<String> accessionNumber, Optional<String> patientAge,
    Optional<String> admittingDiagnosesDescription,
    Optional<String> longitudinalTemporalEventType,
    Optional<Integer> longitudinalTemporalOffsetFromEvent) {

  /**
   * Checks the components.
   *
   * @param pk the key
   * @param collection the collection
   * @param patientId the patient
   * @param studyInstanceUid the UID
   * @param studyDate the date
   * @param description the description
   * @param studyId the study id
   * @param accessionNumber the accession number
   * @param patientAge the age
   * @param admittingDiagnosesDescription the diagnosis
   * @param longitudinalTemporalEventType the event type
   * @param longitudinalTemporalOffsetFromEvent the offset
   */
  public Study {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(studyDate, "studyDate");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(studyId, "studyId");
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(patientAge, "patientAge");
    Objects.requireNonNull(admittingDiagnosesDescription, "admittingDiagnosesDescription");
    Objects.requireNonNull(longitudinalTemporalEventType, "longitudinalTemporalEventType");
    Objects.requireNonNull(longitudinalTemporalOffsetFromEvent,
        "longitudinalTemporalOffsetFromEvent");
  }
}
