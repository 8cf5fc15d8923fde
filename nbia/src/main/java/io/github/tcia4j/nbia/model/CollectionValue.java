package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * One collection name, as {@code getCollections()} returns it (NBIA {@code getCollectionValues}).
 * Names keep the server's mixed case, e.g. {@code 4D-Lung}.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record CollectionValue(
    @JsonbProperty("Collection") String name,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param name see the record description
   * @param extra unknown fields
   */
  public CollectionValue {
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Creates a value without extra fields.
   *
   * @param name the value, or {@code null} for a missing value
   */
  public CollectionValue(String name) {
    this(name, Map.of());
  }
}
