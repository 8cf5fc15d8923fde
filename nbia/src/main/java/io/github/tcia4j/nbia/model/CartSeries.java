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
 * A series of a shared cart, as {@code getSharedCart()} returns it (NBIA v1
 * {@code getContentsByName}). The server names the release-date column {@code Date Released}, with a
 * space; that name is kept so that exports match the {@code tcia_utils} DataFrame.
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
 * @param patientId the patient (subject) id
 * @param manufacturer the equipment manufacturer
 * @param manufacturerModelName the equipment model
 * @param softwareVersions the equipment software versions
 * @param imageCount the number of images
 * @param dateReleased when the series was released
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record CartSeries(
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
    @JsonbProperty("PatientID") @WireAlias({"PatientId"}) String patientId,
    @JsonbProperty("Manufacturer") String manufacturer,
    @JsonbProperty("ManufacturerModelName") String manufacturerModelName,
    @JsonbProperty("SoftwareVersions") String softwareVersions,
    @JsonbProperty("ImageCount") Integer imageCount,
    @JsonbProperty("Date Released") @WireAlias({"DateReleased"}) LocalDateTime dateReleased,
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
   * @param patientId see the record description
   * @param manufacturer see the record description
   * @param manufacturerModelName see the record description
   * @param softwareVersions see the record description
   * @param imageCount see the record description
   * @param dateReleased see the record description
   * @param extra unknown fields
   */
  public CartSeries {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
