package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * The number of patients of one collection, as {@code getCollectionPatientCounts()} returns it (NBIA
 * {@code getCollectionValuesAndCounts}). The old unversioned endpoint's {@code criteria}/{@code count}
 * shape (count as a string) is read too.
 *
 * @param value the collection name
 * @param count the count (distinct patients for collections, series otherwise)
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record CollectionCount(
    @JsonbProperty("Collection") @WireAlias({"criteria"}) String value,
    @JsonbProperty("Count") @WireAlias({"count"}) Integer count,
    @JsonbProperty("Authorized") Integer authorized,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param value see the record description
   * @param count see the record description
   * @param authorized see the record description
   * @param extra unknown fields
   */
  public CollectionCount {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
