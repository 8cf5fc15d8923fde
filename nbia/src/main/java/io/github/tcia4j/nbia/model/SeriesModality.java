package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * A series of a simple-search hit with its modality ({@code seriesAndModality}).
 *
 * @param seriesId the series' internal database key (not the Series Instance UID; use the
 *     manifest of the search for UIDs); 0 when the server sent none
 * @param modality the modality, e.g. {@code CT}; empty when the server sent none
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record SeriesModality(
    Long seriesId,
    String modality,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises missing values and makes the extra fields an unmodifiable map (empty when none).
   *
   * @param seriesId the key
   * @param modality the modality
   * @param extra unknown fields
   */
  public SeriesModality {
    seriesId = seriesId == null ? 0L : seriesId;
    modality = modality == null ? "" : modality;
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Creates a series entry without extra fields.
   *
   * @param seriesId the key
   * @param modality the modality
   */
  public SeriesModality(Long seriesId, String modality) {
    this(seriesId, modality, Map.of());
  }
}
