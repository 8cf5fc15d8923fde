package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * One facet value of a simple search with the number of matching patients that have it (the
 * {@code bodyParts}, {@code modalities}, {@code collections} and {@code species} lists of the
 * result).
 *
 * @param value the value, e.g. {@code CT}; species facets carry the species code
 * @param count the number of matching patients with this value; 0 when the server sent none
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record FacetCount(
    String value,
    Integer count,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises a missing value to an empty string, a missing count to 0 and the extra fields to
   * an unmodifiable map (empty when none).
   *
   * @param value the value
   * @param count the count
   * @param extra unknown fields
   */
  public FacetCount {
    value = value == null ? "" : value;
    count = count == null ? 0 : count;
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Creates a facet count without extra fields.
   *
   * @param value the value
   * @param count the count
   */
  public FacetCount(String value, Integer count) {
    this(value, count, Map.of());
  }
}
