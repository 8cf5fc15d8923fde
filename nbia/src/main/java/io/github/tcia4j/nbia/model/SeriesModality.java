package io.github.tcia4j.nbia.model;

/**
 * A series of a simple-search hit with its modality ({@code seriesAndModality}).
 *
 * @param seriesId the series' internal database key (not the Series Instance UID; use the
 *     manifest of the search for UIDs); 0 when the server sent none
 * @param modality the modality, e.g. {@code CT}; empty when the server sent none
 */
public record SeriesModality(Long seriesId, String modality) {

  /**
   * Normalises missing values.
   *
   * @param seriesId the key
   * @param modality the modality
   */
  public SeriesModality {
    seriesId = seriesId == null ? 0L : seriesId;
    modality = modality == null ? "" : modality;
  }
}
