package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.Map;

/**
 * A study of a simple-search hit ({@code studyIdentifiers}): which of its series matched.
 *
 * @param studyIdentifier the study's internal database key (not the Study Instance UID); 0 when
 *     the server sent none
 * @param seriesIdentifiers the matching series' internal database keys (not UIDs)
 * @param seriesAndModality the matching series with their modalities
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record StudyHit(
    Long studyIdentifier,
    List<Long> seriesIdentifiers,
    List<SeriesModality> seriesAndModality,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises missing values to 0 and empty lists, and makes the lists and the extra fields
   * unmodifiable.
   *
   * @param studyIdentifier the key
   * @param seriesIdentifiers the series keys
   * @param seriesAndModality the series with modalities
   * @param extra unknown fields
   */
  public StudyHit {
    studyIdentifier = studyIdentifier == null ? 0L : studyIdentifier;
    seriesIdentifiers = seriesIdentifiers == null ? List.of() : List.copyOf(seriesIdentifiers);
    seriesAndModality = seriesAndModality == null ? List.of() : List.copyOf(seriesAndModality);
    extra = RecordMapper.copyOfExtras(extra);
  }
}
