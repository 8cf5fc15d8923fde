package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of {@link NbiaClient#getStudy(StudyQuery)} ({@code tcia_utils.nbia.getStudy}):
 * collection, patient and study. Immutable; every {@code with...} method returns a new query.
 * Given to a {@code with...} method, a {@code null}, empty or blank value means "not set"; the
 * study UID must be a valid DICOM UID.
 *
 * <p>The static factories that name one filter ({@code StudyQuery.collection(name)}, ...) refuse an
 * empty or blank value with an {@link IllegalArgumentException}: such a value (an empty line of a
 * file, an unfilled field) would otherwise silently widen the query to every study on the server.
 * {@code null} still means "not set" there, so optional values can be chained; start from {@link
 * #all()} to ask for everything.
 *
 * <pre>{@code
 * nbia.getStudy(StudyQuery.collection("TCGA-BLCA").withPatientId("TCGA-CU-A3QU"));
 * }</pre>
 *
 * <p>Python requires the collection; NBIA v4 does not, so {@link #all()} and
 * {@link #patientId(String)} are allowed too.
 *
 * @param collection the collection name, or empty
 * @param patientId the patient (subject) id, or empty
 * @param studyUid the Study Instance UID, or empty
 */
public record StudyQuery(Optional<String> collection, Optional<String> patientId, Optional<String> studyUid) {

  private static final StudyQuery ALL = new StudyQuery(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Normalises the filters and checks the UID.
   *
   * @param collection see the record description
   * @param patientId see the record description
   * @param studyUid see the record description
   * @throws IllegalArgumentException when the study UID is not a valid DICOM UID
   */
  public StudyQuery {
    collection = Args.optional(collection);
    patientId = Args.optional(patientId);
    studyUid = Args.optionalUid(studyUid, "studyUid");
  }

  /**
   * Returns the query without any filter: every study on the server.
   *
   * @return the empty query
   */
  public static StudyQuery all() {
    return ALL;
  }

  /**
   * Starts a query for the studies of one collection.
   *
   * @param collection the collection name
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static StudyQuery collection(String collection) {
    return ALL.withCollection(Args.factoryValue(collection, "StudyQuery.collection", "a collection name",
        "StudyQuery.all()"));
  }

  /**
   * Starts a query for the studies of one patient.
   *
   * @param patientId the patient (subject) id
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static StudyQuery patientId(String patientId) {
    return ALL.withPatientId(Args.factoryValue(patientId, "StudyQuery.patientId", "a patient id",
        "StudyQuery.all()"));
  }

  /**
   * Starts a query for one study.
   *
   * @param studyUid the Study Instance UID
   * @return the query
   * @throws IllegalArgumentException when the UID is malformed, empty or blank (use
   *     {@link #all()} for no filter; {@code null} also means "not set")
   */
  public static StudyQuery studyUid(String studyUid) {
    return ALL.withStudyUid(Args.factoryValue(studyUid, "StudyQuery.studyUid", "a Study Instance UID",
        "StudyQuery.all()"));
  }

  /**
   * Returns this query with another collection filter.
   *
   * @param value the collection; blank removes the filter
   * @return a new query
   */
  public StudyQuery withCollection(String value) {
    return new StudyQuery(Optional.ofNullable(value), patientId, studyUid);
  }

  /**
   * Returns this query with another patient filter.
   *
   * @param value the patient id; blank removes the filter
   * @return a new query
   */
  public StudyQuery withPatientId(String value) {
    return new StudyQuery(collection, Optional.ofNullable(value), studyUid);
  }

  /**
   * Returns this query with another study filter.
   *
   * @param value the Study Instance UID; blank removes the filter
   * @return a new query
   * @throws IllegalArgumentException when the UID is malformed
   */
  public StudyQuery withStudyUid(String value) {
    return new StudyQuery(collection, patientId, Optional.ofNullable(value));
  }

  /**
   * Tells whether no filter is set.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isEmpty() {
    return equals(ALL);
  }

  /** Shows the filters that are set, e.g. {@code StudyQuery[collection=TCGA-BLCA]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    collection.ifPresent(v -> parts.add("collection=" + v));
    patientId.ifPresent(v -> parts.add("patientId=" + v));
    studyUid.ifPresent(v -> parts.add("studyUid=" + v));
    return "StudyQuery" + parts;
  }
}
