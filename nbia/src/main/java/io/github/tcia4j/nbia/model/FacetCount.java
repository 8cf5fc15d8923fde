package io.github.tcia4j.nbia.model;

/**
 * One facet value of a simple search with the number of matching patients that have it (the
 * {@code bodyParts}, {@code modalities}, {@code collections} and {@code species} lists of the
 * result).
 *
 * @param value the value, e.g. {@code CT}; species facets carry the species code
 * @param count the number of matching patients with this value; 0 when the server sent none
 */
public record FacetCount(String value, Integer count) {

  /**
   * Normalises a missing value to an empty string and a missing count to 0.
   *
   * @param value the value
   * @param count the count
   */
  public FacetCount {
    value = value == null ? "" : value;
    count = count == null ? 0 : count;
  }
}
