package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * One series found by the curators' QC search ({@code getAdvancedQCSearch},
 * {@code nbia-api.md} section 4.10). Values are kept as the server formats them; fields this
 * record does not know are kept in {@link #extra()}.
 *
 * @param patientId the patient id
 * @param study the Study Instance UID
 * @param series the Series Instance UID
 * @param visibility the visibility flag as sent, e.g. {@code 1}
 * @param visibilityStatus the QC status, e.g. {@code Visible} or {@code Not Yet Reviewed}
 * @param creationDate when the series was submitted, as the server formats it (older servers
 *     call the field {@code dateTime})
 * @param modality the modality
 * @param seriesDescription the series description
 * @param batch the submission batch number
 * @param submissionType the submission type, e.g. {@code Complete}
 * @param releasedStatus the release status, e.g. {@code Yes}
 * @param seriesPkId the series' internal database key
 * @param collectionSite the collection and site, as {@code <collection>//<site>}
 * @param extra fields the server sent that this record does not know, in server order
 */
public record QcSearchRow(
    @JsonbProperty("patientId") String patientId,
    @JsonbProperty("study") String study,
    @JsonbProperty("series") String series,
    @JsonbProperty("visibility") String visibility,
    @JsonbProperty("visibilityStatus") String visibilityStatus,
    @JsonbProperty("creationDate") @WireAlias({"dateTime"}) String creationDate,
    @JsonbProperty("modality") String modality,
    @JsonbProperty("seriesDescription") String seriesDescription,
    @JsonbProperty("batch") String batch,
    @JsonbProperty("submissionType") String submissionType,
    @JsonbProperty("releasedStatus") String releasedStatus,
    @JsonbProperty("seriesPkId") Long seriesPkId,
    @JsonbProperty("collectionSite") String collectionSite,
    @JsonbTransient @ExtraFields Map<String, Object> extra) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param patientId see the record description
   * @param study see the record description
   * @param series see the record description
   * @param visibility see the record description
   * @param visibilityStatus see the record description
   * @param creationDate see the record description
   * @param modality see the record description
   * @param seriesDescription see the record description
   * @param batch see the record description
   * @param submissionType see the record description
   * @param releasedStatus see the record description
   * @param seriesPkId see the record description
   * @param collectionSite see the record description
   * @param extra unknown fields
   */
  public QcSearchRow {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
