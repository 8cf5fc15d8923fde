package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A series, as {@code getSeries()} and {@code getUpdatedSeries()} return it (NBIA {@code getSeries},
 * {@code getUpdatedSeries}). Column names are those of the current v4 server and of the
 * {@code tcia_utils} DataFrame; older spellings are read too ({@code TimeStamp} for
 * {@code MaxSubmissionTimestamp}, {@code CollectionURI} for {@code DataDescriptionURI}), and columns
 * added by a later server land in {@link #extra()}.
 *
 * @param seriesInstanceUid the Series Instance UID
 * @param studyInstanceUid the Study Instance UID
 * @param modality the modality, e.g. {@code CT}
 * @param protocolName the protocol name
 * @param seriesDate the series date
 * @param seriesDescription the series description
 * @param bodyPartExamined the body part, e.g. {@code CHEST}
 * @param seriesNumber the series number (the server stores a decimal; whole numbers read without decimals)
 * @param annotationsFlag whether annotations exist, when the server says so
 * @param collection the collection
 * @param site the submitting site (newest v4 only)
 * @param patientId the patient (subject) id
 * @param patientSex the sex code (newest v4 only)
 * @param patientAge the age, DICOM style, e.g. {@code 045Y} (newest v4 only)
 * @param admittingDiagnosisDescription the admitting diagnosis (newest v4 only)
 * @param manufacturer the equipment manufacturer
 * @param manufacturerModelName the equipment model
 * @param softwareVersions the equipment software versions
 * @param imageCount the number of images (DICOM instances)
 * @param maxSubmissionTimestamp when the series was last submitted
 * @param licenseName the licence, e.g. {@code Creative Commons Attribution 3.0 Unported License}
 * @param licenseUri the licence URL
 * @param dataDescriptionUri the dataset DOI as a URL, e.g. {@code https://doi.org/10.7937/...}
 * @param fileSize the total size of the series files in bytes
 * @param releasedStatus the release status, e.g. {@code Yes} (newest v4 only)
 * @param dateReleased when the series was released
 * @param studyDesc the study description
 * @param studyDate the study date
 * @param thirdPartyAnalysis {@code YES}/{@code yes} for analysis results, {@code NO} otherwise (as the server spells it)
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record Series(
    @JsonbProperty("SeriesInstanceUID") @WireAlias({"Series Instance UID", "Series UID", "Series ID"}) String seriesInstanceUid,
    @JsonbProperty("StudyInstanceUID") @WireAlias({"Study Instance UID", "Study UID"}) String studyInstanceUid,
    @JsonbProperty("Modality") String modality,
    @JsonbProperty("ProtocolName") @WireAlias({"Protocol Name"}) String protocolName,
    @JsonbProperty("SeriesDate") @WireAlias({"Series Date"}) LocalDate seriesDate,
    @JsonbProperty("SeriesDescription") @WireAlias({"Series Description"}) String seriesDescription,
    @JsonbProperty("BodyPartExamined") @WireAlias({"Body Part Examined"}) String bodyPartExamined,
    @JsonbProperty("SeriesNumber") @WireAlias({"Series Number"}) BigDecimal seriesNumber,
    @JsonbProperty("AnnotationsFlag") @WireAlias({"Annotations Flag"}) Boolean annotationsFlag,
    @JsonbProperty("Collection") @WireAlias({"Project", "Collection Name"}) String collection,
    @JsonbProperty("Site") String site,
    @JsonbProperty("PatientID") @WireAlias({"PatientId", "Patient ID", "Subject ID"}) String patientId,
    @JsonbProperty("PatientSex") @WireAlias({"Patient Sex"}) String patientSex,
    @JsonbProperty("PatientAge") @WireAlias({"Patient Age"}) String patientAge,
    @JsonbProperty("AdmittingDiagnosisDescription") @WireAlias({"Admitting Diagnosis Description"}) String admittingDiagnosisDescription,
    @JsonbProperty("Manufacturer") String manufacturer,
    @JsonbProperty("ManufacturerModelName") @WireAlias({"Manufacturer Model Name"}) String manufacturerModelName,
    @JsonbProperty("SoftwareVersions") @WireAlias({"Software Versions"}) String softwareVersions,
    @JsonbProperty("ImageCount") @WireAlias({"Image Count", "Number of images", "Number of Images"}) Integer imageCount,
    @JsonbProperty("MaxSubmissionTimestamp") @WireAlias({"TimeStamp", "Max Submission Timestamp"}) LocalDateTime maxSubmissionTimestamp,
    @JsonbProperty("LicenseName") @WireAlias({"License Name"}) String licenseName,
    @JsonbProperty("LicenseURI") @WireAlias({"License URI", "License URL"}) String licenseUri,
    @JsonbProperty("DataDescriptionURI") @WireAlias({"CollectionURI", "Data Description URI", "Collection URI"}) String dataDescriptionUri,
    @JsonbProperty("FileSize") @WireAlias({"File Size", "File Size (Bytes)"}) Long fileSize,
    @JsonbProperty("ReleasedStatus") @WireAlias({"Released Status"}) String releasedStatus,
    @JsonbProperty("DateReleased") @WireAlias({"Date Released"}) LocalDateTime dateReleased,
    @JsonbProperty("StudyDesc") @WireAlias({"Study Description"}) String studyDesc,
    @JsonbProperty("StudyDate") @WireAlias({"Study Date"}) LocalDate studyDate,
    @JsonbProperty("ThirdPartyAnalysis") @WireAlias({"Third Party Analysis", "3rd Party Analysis"}) String thirdPartyAnalysis,
    @JsonbProperty("Authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param seriesInstanceUid see the record description
   * @param studyInstanceUid see the record description
   * @param modality see the record description
   * @param protocolName see the record description
   * @param seriesDate see the record description
   * @param seriesDescription see the record description
   * @param bodyPartExamined see the record description
   * @param seriesNumber see the record description
   * @param annotationsFlag see the record description
   * @param collection see the record description
   * @param site see the record description
   * @param patientId see the record description
   * @param patientSex see the record description
   * @param patientAge see the record description
   * @param admittingDiagnosisDescription see the record description
   * @param manufacturer see the record description
   * @param manufacturerModelName see the record description
   * @param softwareVersions see the record description
   * @param imageCount see the record description
   * @param maxSubmissionTimestamp see the record description
   * @param licenseName see the record description
   * @param licenseUri see the record description
   * @param dataDescriptionUri see the record description
   * @param fileSize see the record description
   * @param releasedStatus see the record description
   * @param dateReleased see the record description
   * @param studyDesc see the record description
   * @param studyDate see the record description
   * @param thirdPartyAnalysis see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public Series {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
