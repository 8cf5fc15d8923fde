package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * One body part, as {@code getBodyPart()} returns it (NBIA {@code getBodyPartValues}), e.g.
 * {@code CHEST}. The server sends an empty object for series without a body part; that reads as a
 * {@code null} name.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record BodyPartValue(
    @JsonbProperty("BodyPartExamined") String name,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param name see the record description
   * @param extra unknown fields
   */
  public BodyPartValue {
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Creates a value without extra fields.
   *
   * @param name the value, or {@code null} for a missing value
   */
  public BodyPartValue(String name) {
    this(name, Map.of());
  }
}
