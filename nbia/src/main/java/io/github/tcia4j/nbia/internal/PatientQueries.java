package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.PatientRef;
import io.github.tcia4j.nbia.model.Study;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient and study queries: {@code getPatient}, {@code getPatientByCollectionAndModality},
 * {@code NewPatientsInCollection}, {@code getPatientStudy}, {@code NewStudiesInPatientCollection},
 * with the date parameter each generation expects.
 */
public final class PatientQueries {
  private final NbiaHttp http;
  private final Generations generations;

  /**
   * Creates the queries.
   *
   * @param http the request helper
   * @param generations the client's API generation rules
   */
  public PatientQueries(NbiaHttp http, Generations generations) {
    this.http = Objects.requireNonNull(http, "http");
    this.generations = Objects.requireNonNull(generations, "generations");
  }

  /**
   * {@code getPatient?Collection}.
   *
   * @param collection the collection, or empty for every patient
   * @return the patients
   */
  public List<Patient> patients(Optional<String> collection) {
    Params params = Params.of().withOptional("Collection", collection.orElse(null));
    return http.getRows(generations.search(), "getPatient", params, Patient.class);
  }

  /**
   * {@code getPatientByCollectionAndModality?Collection&Modality}, both required.
   *
   * @param collection the collection
   * @param modality the modality
   * @return the patient ids
   */
  public List<PatientRef> patientsByCollectionAndModality(String collection, String modality) {
    String method = "getPatientByCollectionAndModality";
    Params params = Params.of("Collection", Args.required(collection, method, "collection"))
        .with("Modality", Args.required(modality, method, "modality"));
    return http.getRows(generations.search(), method, params, PatientRef.class);
  }

  /**
   * {@code NewPatientsInCollection?Collection&fromDate} (v4) or {@code ?Collection&Date} (v1/v2).
   *
   * @param collection the collection
   * @param since the first release date of interest, in the years 1 to 9999
   * @return the patients
   * @throws IllegalArgumentException when the collection is blank or the date's year is out of range
   */
  public List<Patient> newPatients(String collection, LocalDate since) {
    String method = "getNewPatientsInCollection";
    Params params = Params.of("Collection", Args.required(collection, method, "collection"));
    params = withSince(params, NbiaDates.requireSendable(since, "since"));
    return http.getRows(generations.search(), "NewPatientsInCollection", params, Patient.class);
  }

  /**
   * {@code getPatientStudy?Collection&PatientID&StudyInstanceUID}.
   *
   * @param query the filters
   * @return the studies
   */
  public List<Study> studies(StudyQuery query) {
    Objects.requireNonNull(query, "query");
    Params params = Params.of()
        .withOptional("Collection", query.collection().orElse(null))
        .withOptional("PatientID", query.patientId().orElse(null))
        .withOptional("StudyInstanceUID", query.studyUid().orElse(null));
    return http.getRows(generations.search(), "getPatientStudy", params, Study.class);
  }

  /**
   * {@code NewStudiesInPatientCollection?Collection&PatientID&fromDate} (v4) or {@code Date}
   * (v1/v2).
   *
   * @param collection the collection
   * @param patientId the patient
   * @param since the first release date of interest, in the years 1 to 9999
   * @return the studies
   * @throws IllegalArgumentException when an argument is blank or the date's year is out of range
   */
  public List<Study> newStudies(String collection, String patientId, LocalDate since) {
    String method = "getNewStudiesInPatient";
    Params params = Params.of("Collection", Args.required(collection, method, "collection"))
        .with("PatientID", Args.required(patientId, method, "patientId"));
    params = withSince(params, NbiaDates.requireSendable(since, "since"));
    return http.getRows(generations.search(), "NewStudiesInPatientCollection", params, Study.class);
  }

  private Params withSince(Params params, LocalDate since) {
    if (generations.isV4()) {
      return params.with("fromDate", NbiaDates.V4.format(since));
    }
    return params.with("Date", NbiaDates.V1_DATE_PARAM.format(since));
  }
}
