package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Bulk series metadata, as {@code getSeriesList()} returns it (NBIA v4 {@code getSeriesMetadata},
 * CSV). Column names are the 40 camel-case headers of the current server; every older spelling (the
 * spaced headers of 2025, v1/v2 {@code getSeriesMetaData} and advanced {@code getSeriesMetadata2})
 * is read too. Pixel spacing and slice thickness are lists because a series with mixed values gets
 * several (the server joins them with {@code ", "}).
 *
 * @param patientId the patient (subject) id
 * @param patientName the patient name
 * @param patientSex the sex code
 * @param ethnicGroup the ethnic group
 * @param phantom {@code YES} for phantom data, else {@code NO}
 * @param speciesCode the species code
 * @param speciesDescription the species
 * @param studyInstanceUid the Study Instance UID
 * @param studyDate the study date
 * @param studyDesc the study description
 * @param admittingDiagnosisDescription the admitting diagnosis
 * @param studyId the study id
 * @param patientAge the age, DICOM style
 * @param longitudinalTemporalEventType the longitudinal event type
 * @param longitudinalTemporalOffsetFromEvent the offset from that event
 * @param seriesInstanceUid the Series Instance UID
 * @param collection the collection
 * @param site the submitting site
 * @param modality the modality
 * @param protocolName the protocol name
 * @param seriesDate the series date
 * @param seriesDescription the series description
 * @param bodyPartExamined the body part
 * @param seriesNumber the series number
 * @param annotationsFlag whether annotations exist
 * @param manufacturer the equipment manufacturer
 * @param manufacturerModelName the equipment model
 * @param pixelSpacingRow the row pixel spacings in millimetres (several when the series mixes them)
 * @param sliceThickness the slice thicknesses in millimetres (several when the series mixes them)
 * @param softwareVersions the equipment software versions
 * @param imageCount the number of images
 * @param maxSubmissionTimestamp when the series was last submitted
 * @param licenseName the licence
 * @param licenseUri the licence URL
 * @param dataDescriptionUri the dataset DOI as a URL
 * @param fileSize the total size in bytes
 * @param releasedStatus the release status
 * @param dateReleased when the series was released
 * @param thirdPartyAnalysis whether it is an analysis result
 * @param authorized {@code 1} when the caller may access the data
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record SeriesMetadata(
    @JsonbProperty("PatientID") @WireAlias({"PatientId", "Patient ID", "Subject ID"}) String patientId,
    @JsonbProperty("PatientName") @WireAlias({"Patient Name"}) String patientName,
    @JsonbProperty("PatientSex") @WireAlias({"Patient Sex"}) String patientSex,
    @JsonbProperty("EthnicGroup") @WireAlias({"Ethnic Group"}) String ethnicGroup,
    @JsonbProperty("Phantom") String phantom,
    @JsonbProperty("SpeciesCode") @WireAlias({"Species Code"}) String speciesCode,
    @JsonbProperty("SpeciesDescription") @WireAlias({"Species Description"}) String speciesDescription,
    @JsonbProperty("StudyInstanceUID") @WireAlias({"Study Instance UID", "Study UID"}) String studyInstanceUid,
    @JsonbProperty("StudyDate") @WireAlias({"Study Date"}) LocalDate studyDate,
    @JsonbProperty("StudyDesc") @WireAlias({"Study Description"}) String studyDesc,
    @JsonbProperty("AdmittingDiagnosisDescription") @WireAlias({"Admitting Diagnosis Description"}) String admittingDiagnosisDescription,
    @JsonbProperty("StudyID") @WireAlias({"Study ID"}) String studyId,
    @JsonbProperty("PatientAge") @WireAlias({"Patient Age"}) String patientAge,
    @JsonbProperty("LongitudinalTemporalEventType") @WireAlias({"Longitudinal Temporal Event Type"}) String longitudinalTemporalEventType,
    @JsonbProperty("LongitudinalTemporalOffsetFromEvent") @WireAlias({"Longitudinal Temporal Offset From Event"}) String longitudinalTemporalOffsetFromEvent,
    @JsonbProperty("SeriesInstanceUID") @WireAlias({"Series Instance UID", "Series UID", "Series ID"}) String seriesInstanceUid,
    @JsonbProperty("Collection") @WireAlias({"Project", "Collection Name"}) String collection,
    @JsonbProperty("Site") String site,
    @JsonbProperty("Modality") String modality,
    @JsonbProperty("ProtocolName") @WireAlias({"Protocol Name"}) String protocolName,
    @JsonbProperty("SeriesDate") @WireAlias({"Series Date"}) LocalDate seriesDate,
    @JsonbProperty("SeriesDescription") @WireAlias({"Series Description"}) String seriesDescription,
    @JsonbProperty("BodyPartExamined") @WireAlias({"Body Part Examined"}) String bodyPartExamined,
    @JsonbProperty("SeriesNumber") @WireAlias({"Series Number"}) BigDecimal seriesNumber,
    @JsonbProperty("AnnotationsFlag") @WireAlias({"Annotations Flag"}) Boolean annotationsFlag,
    @JsonbProperty("Manufacturer") String manufacturer,
    @JsonbProperty("ManufacturerModelName") @WireAlias({"Manufacturer Model Name"}) String manufacturerModelName,
    @JsonbProperty("PixelSpacing(mm)-Row") @WireAlias({"Pixel Spacing(mm)- Row", "PixelSpacingRow"}) List<Double> pixelSpacingRow,
    @JsonbProperty("SliceThickness(mm)") @WireAlias({"Slice Thickness(mm)", "SliceThickness"}) List<Double> sliceThickness,
    @JsonbProperty("SoftwareVersions") @WireAlias({"Software Versions"}) String softwareVersions,
    @JsonbProperty("ImageCount") @WireAlias({"Image Count", "Number of images", "Number of Images"}) Integer imageCount,
    @JsonbProperty("MaxSubmissionTimestamp") @WireAlias({"TimeStamp", "Max Submission Timestamp"}) LocalDateTime maxSubmissionTimestamp,
    @JsonbProperty("LicenseName") @WireAlias({"License Name"}) String licenseName,
    @JsonbProperty("LicenseURI") @WireAlias({"License URI", "License URL"}) String licenseUri,
    @JsonbProperty("DataDescriptionURI") @WireAlias({"CollectionURI", "Collection URI", "Data Description URI"}) String dataDescriptionUri,
    @JsonbProperty("FileSize") @WireAlias({"File Size", "File Size (Bytes)"}) Long fileSize,
    @JsonbProperty("ReleasedStatus") @WireAlias({"Released Status"}) String releasedStatus,
    @JsonbProperty("DateReleased") @WireAlias({"Date Released"}) LocalDateTime dateReleased,
    @JsonbProperty("ThirdPartyAnalysis") @WireAlias({"Third Party Analysis", "3rd Party Analysis"}) String thirdPartyAnalysis,
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
   * @param phantom see the record description
   * @param speciesCode see the record description
   * @param speciesDescription see the record description
   * @param studyInstanceUid see the record description
   * @param studyDate see the record description
   * @param studyDesc see the record description
   * @param admittingDiagnosisDescription see the record description
   * @param studyId see the record description
   * @param patientAge see the record description
   * @param longitudinalTemporalEventType see the record description
   * @param longitudinalTemporalOffsetFromEvent see the record description
   * @param seriesInstanceUid see the record description
   * @param collection see the record description
   * @param site see the record description
   * @param modality see the record description
   * @param protocolName see the record description
   * @param seriesDate see the record description
   * @param seriesDescription see the record description
   * @param bodyPartExamined see the record description
   * @param seriesNumber see the record description
   * @param annotationsFlag see the record description
   * @param manufacturer see the record description
   * @param manufacturerModelName see the record description
   * @param pixelSpacingRow see the record description
   * @param sliceThickness see the record description
   * @param softwareVersions see the record description
   * @param imageCount see the record description
   * @param maxSubmissionTimestamp see the record description
   * @param licenseName see the record description
   * @param licenseUri see the record description
   * @param dataDescriptionUri see the record description
   * @param fileSize see the record description
   * @param releasedStatus see the record description
   * @param dateReleased see the record description
   * @param thirdPartyAnalysis see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public SeriesMetadata {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
