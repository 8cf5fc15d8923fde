package io.github.tcia4j.testkit.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A series: the unit NBIA lists, sizes and downloads.
 *
 * @param pk the internal database key (simple search's {@code seriesId})
 * @param seriesInstanceUid the SeriesInstanceUID
 * @param studyInstanceUid the study's StudyInstanceUID
 * @param patientId the patient's PatientID
 * @param collection the collection name
 * @param modality the Modality as stored (may be mixed case)
 * @param sopClassUid the SOP class of its instances
 * @param protocolName the ProtocolName, if stored
 * @param seriesDate the SeriesDate, if stored
 * @param description the SeriesDescription, if stored
 * @param bodyPartExamined the BodyPartExamined as stored, if any
 * @param seriesNumber the SeriesNumber, if stored
 * @param annotationsFlag the AnnotationsFlag, if stored
 * @param site the submission site, if stored
 * @param manufacturer the Manufacturer as stored, if any
 * @param manufacturerModelName the ManufacturerModelName as stored, if any
 * @param softwareVersions the SoftwareVersions, if stored
 * @param institutionName the InstitutionName written into the files, if any
 * @param frameOfReferenceUid the FrameOfReferenceUID, if any
 * @param license the licence
 * @param dataDescriptionUri the DOI URL ({@code DataDescriptionURI}, formerly
 *     {@code CollectionURI}); analysis results carry their own
 * @param thirdPartyAnalysis {@code NO}, {@code YES} or {@code yes} as stored, if any
 * @param releasedStatus the ReleasedStatus ({@code Yes}), if stored
 * @param dateReleased when the series was released
 * @param maxSubmissionTimestamp the latest submission time of its images
 * @param visible whether QC made it visible (invisible series show up only in QC search)
 * @param references the series this one refers to (SEG, RTSTRUCT)
 * @param rows the image rows
 * @param columns the image columns
 * @param imageCount the number of instances
 * @param storedFileSize the series-row file size recorded from a real server, if loaded from a
 *     recording (v1/v2 report it; v4 sums the instances)
 */
public record Series(int pk, String seriesInstanceUid, String studyInstanceUid, String patientId,
    String collection, String modality, String sopClassUid, Optional<String> protocolName,
    Optional<LocalDate> seriesDate, Optional<String> description,
    Optional<String> bodyPartExamined, Optional<Integer> seriesNumber,
    Optional<Boolean> annotationsFlag, Optional<String> site, Optional<String> manufacturer,
    Optional<String> manufacturerModelName, Optional<String> softwareVersions,
    Optional<String> institutionName, Optional<String> frameOfReferenceUid,
    Optional<License> license, Optional<String> dataDescriptionUri,
    Optional<String> thirdPartyAnalysis, Optional<String> releasedStatus,
    LocalDateTime dateReleased, LocalDateTime maxSubmissionTimestamp, boolean visible,
    List<SeriesReference> references, int rows, int columns, int imageCount,
    OptionalLong storedFileSize) {

  /**
   * Checks and copies the components.
   *
   * @param pk the key
   * @param seriesInstanceUid the series UID
   * @param studyInstanceUid the study UID
   * @param patientId the patient
   * @param collection the collection
   * @param modality the modality
   * @param sopClassUid the SOP class
   * @param protocolName the protocol
   * @param seriesDate the date
   * @param description the description
   * @param bodyPartExamined the body part
   * @param seriesNumber the number
   * @param annotationsFlag the annotations flag
   * @param site the site
   * @param manufacturer the manufacturer
   * @param manufacturerModelName the model
   * @param softwareVersions the software
   * @param institutionName the institution
   * @param frameOfReferenceUid the frame of reference
   * @param license the licence
   * @param dataDescriptionUri the DOI URL
   * @param thirdPartyAnalysis the third-party flag
   * @param releasedStatus the released status
   * @param dateReleased the release time
   * @param maxSubmissionTimestamp the submission time
   * @param visible the visibility
   * @param references the references
   * @param rows the rows
   * @param columns the columns
   * @param imageCount the image count
   * @param storedFileSize the recorded size
   */
  public Series {
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(sopClassUid, "sopClassUid");
    Objects.requireNonNull(protocolName, "protocolName");
    Objects.requireNonNull(seriesDate, "seriesDate");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(bodyPartExamined, "bodyPartExamined");
    Objects.requireNonNull(seriesNumber, "seriesNumber");
    Objects.requireNonNull(annotationsFlag, "annotationsFlag");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(manufacturerModelName, "manufacturerModelName");
    Objects.requireNonNull(softwareVersions, "softwareVersions");
    Objects.requireNonNull(institutionName, "institutionName");
    Objects.requireNonNull(frameOfReferenceUid, "frameOfReferenceUid");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(dataDescriptionUri, "dataDescriptionUri");
    Objects.requireNonNull(thirdPartyAnalysis, "thirdPartyAnalysis");
    Objects.requireNonNull(releasedStatus, "releasedStatus");
    Objects.requireNonNull(dateReleased, "dateReleased");
    Objects.requireNonNull(maxSubmissionTimestamp, "maxSubmissionTimestamp");
    references = List.copyOf(references);
    Objects.requireNonNull(storedFileSize, "storedFileSize");
    if (imageCount < 0) {
      throw new IllegalArgumentException("imageCount must be >= 0, got " + imageCount);
    }
  }
}
