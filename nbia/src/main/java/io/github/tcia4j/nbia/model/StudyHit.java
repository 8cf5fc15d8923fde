package io.github.tcia4j.nbia.model;

import java.util.List;

/**
 * A study of a simple-search hit ({@code studyIdentifiers}): which of its series matched.
 *
 * @param studyIdentifier the study's internal database key (not the Study Instance UID); 0 when
 *     the server sent none
 * @param seriesIdentifiers the matching series' internal database keys (not UIDs)
 * @param seriesAndModality the matching series with their modalities
 */
public record StudyHit(Long studyIdentifier, List<Long> seriesIdentifiers, List<SeriesModality> seriesAndModality) {

  /**
   * Normalises missing values to 0 and empty lists, and makes the lists unmodifiable.
   *
   * @param studyIdentifier the key
   * @param seriesIdentifiers the series keys
   * @param seriesAndModality the series with modalities
   */
  public StudyHit {
    studyIdentifier = studyIdentifier == null ? 0L : studyIdentifier;
    seriesIdentifiers = seriesIdentifiers == null ? List.of() : List.copyOf(seriesIdentifiers);
    seriesAndModality = seriesAndModality == null ? List.of() : List.copyOf(seriesAndModality);
  }
}
