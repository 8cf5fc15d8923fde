package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import io.github.tcia4j.common.json.WireAlias;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * The count for one manufacturer, as {@code getManufacturerCounts()} returns it (NBIA
 * {@code getManufacturerValuesAndCounts}).
 *
 * @param value the manufacturer
 * @param count the count (distinct patients for collections, series otherwise)
 * @param authorized {@code 1} when the caller may access the data (v4 only)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record ManufacturerCount(
    @JsonbProperty("Manufacturer") @WireAlias({"criteria"}) String value,
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
  public ManufacturerCount {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
