package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * A collection or series published under a DOI, as {@code getDoiMetadata()} returns it (NBIA
 * {@code getCollectionOrSeriesForDOI}). The wire name {@code thirdPartyAnanlysis} is the server's own
 * misspelling, kept for exports; the Java accessor is spelled correctly.
 *
 * @param collection the collection
 * @param seriesInstanceUid the series (only when series were asked for)
 * @param thirdPartyAnalysis {@code YES} for analysis results, {@code NO} otherwise
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record DoiItem(
    @JsonbProperty("collection") String collection,
    @JsonbProperty("seriesInstanceUID") String seriesInstanceUid,
    @JsonbProperty("thirdPartyAnanlysis") @WireAlias({"thirdPartyAnalysis"}) String thirdPartyAnalysis,
    @JsonbProperty("authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param collection see the record description
   * @param seriesInstanceUid see the record description
   * @param thirdPartyAnalysis see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public DoiItem {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
