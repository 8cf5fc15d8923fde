package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of {@link NbiaClient#getSeries(SeriesQuery)}: the eight optional arguments of
 * {@code tcia_utils.nbia.getSeries}. Immutable; every {@code with...} method returns a new query.
 * Given to a {@code with...} method, a {@code null}, empty or blank value means "not set"; other
 * values are trimmed; UIDs must be valid DICOM UIDs (digits and dots, at most 64 characters).
 *
 * <p>The static factories that name one filter ({@code SeriesQuery.seriesUid(uid)}, ...) refuse an
 * empty or blank value with an {@link IllegalArgumentException}: such a value (an empty line of a
 * file, an unfilled field) would otherwise silently widen the query to every series on the server.
 * {@code null} still means "not set" there, so optional values can be chained; start from {@link
 * #all()} to ask for everything.
 *
 * <pre>{@code
 * nbia.getSeries(SeriesQuery.collection("4D-Lung").withModality("CT"));
 * nbia.getSeries(SeriesQuery.patientId("100_HM10395"));
 * }</pre>
 *
 * <p>NBIA v4 compares collection, patient, modality, body part, manufacturer and model
 * case-insensitively and UIDs exactly; v1/v2 compare only collection and patient
 * case-insensitively.
 *
 * @param collection the collection name, or empty
 * @param patientId the patient (subject) id, or empty
 * @param studyUid the Study Instance UID, or empty
 * @param seriesUid the Series Instance UID, or empty
 * @param modality the modality, e.g. {@code CT}, or empty
 * @param bodyPart the body part examined, e.g. {@code CHEST}, or empty
 * @param manufacturer the equipment manufacturer, or empty
 * @param manufacturerModel the equipment model name, or empty
 */
public record SeriesQuery(
    Optional<String> collection,
    Optional<String> patientId,
    Optional<String> studyUid,
    Optional<String> seriesUid,
    Optional<String> modality,
    Optional<String> bodyPart,
    Optional<String> manufacturer,
    Optional<String> manufacturerModel) {

  private static final SeriesQuery ALL = new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Normalises the filters and checks the UIDs.
   *
   * @param collection see the record description
   * @param patientId see the record description
   * @param studyUid see the record description
   * @param seriesUid see the record description
   * @param modality see the record description
   * @param bodyPart see the record description
   * @param manufacturer see the record description
   * @param manufacturerModel see the record description
   * @throws IllegalArgumentException when a UID is not a valid DICOM UID
   */
  public SeriesQuery {
    collection = Args.optional(collection);
    patientId = Args.optional(patientId);
    studyUid = Args.optionalUid(studyUid, "studyUid");
    seriesUid = Args.optionalUid(seriesUid, "seriesUid");
    modality = Args.optional(modality);
    bodyPart = Args.optional(bodyPart);
    manufacturer = Args.optional(manufacturer);
    manufacturerModel = Args.optional(manufacturerModel);
  }

  /**
   * Returns the query without any filter. <b>It asks for every series on the server</b>
   * (hundreds of thousands of rows on the public NBIA, many megabytes of JSON), exactly like
   * {@code getSeries()} without arguments in Python; prefer a filter.
   *
   * @return the empty query
   */
  public static SeriesQuery all() {
    return ALL;
  }

  /**
   * Starts a query for one collection.
   *
   * @param collection the collection name
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static SeriesQuery collection(String collection) {
    return ALL.withCollection(Args.factoryValue(collection, "SeriesQuery.collection", "a collection name",
        "SeriesQuery.all()"));
  }

  /**
   * Starts a query for one patient.
   *
   * @param patientId the patient (subject) id
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static SeriesQuery patientId(String patientId) {
    return ALL.withPatientId(Args.factoryValue(patientId, "SeriesQuery.patientId", "a patient id",
        "SeriesQuery.all()"));
  }

  /**
   * Starts a query for one study.
   *
   * @param studyUid the Study Instance UID
   * @return the query
   * @throws IllegalArgumentException when the UID is malformed, empty or blank (use
   *     {@link #all()} for no filter; {@code null} also means "not set")
   */
  public static SeriesQuery studyUid(String studyUid) {
    return ALL.withStudyUid(Args.factoryValue(studyUid, "SeriesQuery.studyUid", "a Study Instance UID",
        "SeriesQuery.all()"));
  }

  /**
   * Starts a query for one series.
   *
   * @param seriesUid the Series Instance UID
   * @return the query
   * @throws IllegalArgumentException when the UID is malformed, empty or blank (use
   *     {@link #all()} for no filter; {@code null} also means "not set")
   */
  public static SeriesQuery seriesUid(String seriesUid) {
    return ALL.withSeriesUid(Args.factoryValue(seriesUid, "SeriesQuery.seriesUid", "a Series Instance UID",
        "SeriesQuery.all()"));
  }

  /**
   * Starts a query for one modality.
   *
   * @param modality the modality, e.g. {@code CT}
   * @return the query
   * @throws IllegalArgumentException when the value is empty or blank (use {@link #all()} for
   *     no filter; {@code null} also means "not set")
   */
  public static SeriesQuery modality(String modality) {
    return ALL.withModality(Args.factoryValue(modality, "SeriesQuery.modality", "a modality such as CT",
        "SeriesQuery.all()"));
  }

  /**
   * Returns this query with another collection filter.
   *
   * @param value the collection; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withCollection(String value) {
    return new SeriesQuery(Optional.ofNullable(value), patientId, studyUid, seriesUid, modality, bodyPart,
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another patient filter.
   *
   * @param value the patient id; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withPatientId(String value) {
    return new SeriesQuery(collection, Optional.ofNullable(value), studyUid, seriesUid, modality, bodyPart,
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another study filter.
   *
   * @param value the Study Instance UID; blank removes the filter
   * @return a new query
   * @throws IllegalArgumentException when the UID is malformed
   */
  public SeriesQuery withStudyUid(String value) {
    return new SeriesQuery(collection, patientId, Optional.ofNullable(value), seriesUid, modality, bodyPart,
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another series filter.
   *
   * @param value the Series Instance UID; blank removes the filter
   * @return a new query
   * @throws IllegalArgumentException when the UID is malformed
   */
  public SeriesQuery withSeriesUid(String value) {
    return new SeriesQuery(collection, patientId, studyUid, Optional.ofNullable(value), modality, bodyPart,
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another modality filter.
   *
   * @param value the modality; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withModality(String value) {
    return new SeriesQuery(collection, patientId, studyUid, seriesUid, Optional.ofNullable(value), bodyPart,
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another body part filter.
   *
   * @param value the body part examined; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withBodyPart(String value) {
    return new SeriesQuery(collection, patientId, studyUid, seriesUid, modality, Optional.ofNullable(value),
        manufacturer, manufacturerModel);
  }

  /**
   * Returns this query with another manufacturer filter.
   *
   * @param value the manufacturer; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withManufacturer(String value) {
    return new SeriesQuery(collection, patientId, studyUid, seriesUid, modality, bodyPart,
        Optional.ofNullable(value), manufacturerModel);
  }

  /**
   * Returns this query with another equipment model filter.
   *
   * @param value the manufacturer's model name; blank removes the filter
   * @return a new query
   */
  public SeriesQuery withManufacturerModel(String value) {
    return new SeriesQuery(collection, patientId, studyUid, seriesUid, modality, bodyPart, manufacturer,
        Optional.ofNullable(value));
  }

  /**
   * Tells whether no filter is set, i.e. whether the query asks for every series on the server.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isEmpty() {
    return equals(ALL);
  }

  /** Shows the filters that are set, e.g. {@code SeriesQuery[collection=4D-Lung, modality=CT]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    collection.ifPresent(v -> parts.add("collection=" + v));
    patientId.ifPresent(v -> parts.add("patientId=" + v));
    studyUid.ifPresent(v -> parts.add("studyUid=" + v));
    seriesUid.ifPresent(v -> parts.add("seriesUid=" + v));
    modality.ifPresent(v -> parts.add("modality=" + v));
    bodyPart.ifPresent(v -> parts.add("bodyPart=" + v));
    manufacturer.ifPresent(v -> parts.add("manufacturer=" + v));
    manufacturerModel.ifPresent(v -> parts.add("manufacturerModel=" + v));
    return "SeriesQuery" + parts;
  }
}
