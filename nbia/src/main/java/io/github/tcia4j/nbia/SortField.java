package io.github.tcia4j.nbia;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields the NBIA simple search can sort patients by ({@code sortField}). These six are the
 * only values the server knows; it silently sorts by collection for any other (the value
 * {@code studies} that the {@code tcia_utils} documentation names is one of those).
 */
public enum SortField {
  /** By patient (subject) id, the default: {@code subject}. */
  SUBJECT("subject"),
  /** By collection: {@code collection}. */
  COLLECTION("collection"),
  /** By number of studies: {@code study}. */
  STUDY("study"),
  /** By number of series: {@code series}. */
  SERIES("series"),
  /** By total number of series: {@code totalNumberOfSeries}. */
  TOTAL_NUMBER_OF_SERIES("totalNumberOfSeries"),
  /** By total number of studies: {@code totalNumberOfStudies}. */
  TOTAL_NUMBER_OF_STUDIES("totalNumberOfStudies");

  private final String wireValue;

  SortField(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent as {@code sortField}.
   *
   * @return e.g. {@code totalNumberOfSeries}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a sort field from its wire value or its constant name, ignoring case
   * ({@code subject}, {@code totalNumberOfSeries}, {@code TOTAL_NUMBER_OF_SERIES}).
   *
   * @param text the value
   * @return the sort field
   * @throws IllegalArgumentException for any other value; the message lists the valid ones
   */
  public static SortField parse(String text) {
    Objects.requireNonNull(text, "sortField");
    String t = text.trim();
    for (SortField f : values()) {
      if (f.wireValue.equalsIgnoreCase(t) || f.name().equalsIgnoreCase(t)) {
        return f;
      }
    }
    String hint = t.equalsIgnoreCase("studies") ? " ('studies' is not a server value: use 'study')" : "";
    throw new IllegalArgumentException("Unknown sort field '" + text + "'" + hint + ": use one of "
        + Arrays.stream(values()).map(SortField::wireValue).collect(Collectors.joining(", ")));
  }
}
