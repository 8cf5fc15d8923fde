package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One patient found by a simple search ({@code resultSet} of {@code getSimpleSearch}), with the
 * studies and series that matched the criteria.
 *
 * <p>{@link #id()}, the study identifiers and the series identifiers are the server's internal
 * database keys, <b>not DICOM UIDs</b>; to get Series Instance UIDs ask for the search's manifest
 * ({@code NbiaClient.simpleSearchUids}).
 *
 * @param subjectId the patient (subject) id, e.g. {@code TCGA-05-4244}
 * @param project the collection
 * @param id the patient's internal database key; 0 when the server sent none
 * @param studyIdentifiers the studies with matching series
 * @param totalNumberOfStudies the number of matching studies; 0 when the server sent none
 * @param totalNumberOfSeries the number of matching series; 0 when the server sent none
 * @param modalities the modalities of the matching series
 * @param bodyParts the body parts of the matching series
 * @param species the species codes of the patient
 * @param timepoints the longitudinal time points per event type, as the server sends them
 * @param authorized {@code 1} when the caller may access the data; 0 when the server sent none
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record PatientHit(
    String subjectId,
    String project,
    Long id,
    List<StudyHit> studyIdentifiers,
    Integer totalNumberOfStudies,
    Integer totalNumberOfSeries,
    List<String> modalities,
    List<String> bodyParts,
    List<String> species,
    Map<String, Object> timepoints,
    Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra) {

  /**
   * Normalises missing values (empty text, 0, empty lists and maps) and makes collections,
   * including the extra fields, unmodifiable.
   *
   * @param subjectId see the record description
   * @param project see the record description
   * @param id see the record description
   * @param studyIdentifiers see the record description
   * @param totalNumberOfStudies see the record description
   * @param totalNumberOfSeries see the record description
   * @param modalities see the record description
   * @param bodyParts see the record description
   * @param species see the record description
   * @param timepoints see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public PatientHit {
    subjectId = subjectId == null ? "" : subjectId;
    project = project == null ? "" : project;
    id = id == null ? 0L : id;
    studyIdentifiers = studyIdentifiers == null ? List.of() : List.copyOf(studyIdentifiers);
    totalNumberOfStudies = totalNumberOfStudies == null ? 0 : totalNumberOfStudies;
    totalNumberOfSeries = totalNumberOfSeries == null ? 0 : totalNumberOfSeries;
    modalities = modalities == null ? List.of() : List.copyOf(modalities);
    bodyParts = bodyParts == null ? List.of() : List.copyOf(bodyParts);
    species = species == null ? List.of() : List.copyOf(species);
    timepoints = timepoints == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timepoints));
    authorized = authorized == null ? 0 : authorized;
    extra = RecordMapper.copyOfExtras(extra);
  }
}
