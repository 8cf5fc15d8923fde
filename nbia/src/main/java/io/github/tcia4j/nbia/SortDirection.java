package io.github.tcia4j.nbia;

import java.util.Objects;

/** The sort direction of the NBIA simple search ({@code sortDirection}). */
public enum SortDirection {
  /** Ascending, the default: {@code ascending}. */
  ASCENDING("ascending"),
  /** Descending: {@code descending}. */
  DESCENDING("descending");

  private final String wireValue;

  SortDirection(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent as {@code sortDirection}.
   *
   * @return {@code ascending} or {@code descending}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a direction, ignoring case: {@code ascending}/{@code asc} or
   * {@code descending}/{@code desc}.
   *
   * @param text the value
   * @return the direction
   * @throws IllegalArgumentException for any other value
   */
  public static SortDirection parse(String text) {
    Objects.requireNonNull(text, "sortDirection");
    String t = text.trim();
    if (t.equalsIgnoreCase("ascending") || t.equalsIgnoreCase("asc")) {
      return ASCENDING;
    }
    if (t.equalsIgnoreCase("descending") || t.equalsIgnoreCase("desc")) {
      return DESCENDING;
    }
    throw new IllegalArgumentException("Unknown sort direction '" + text + "': use ascending or descending");
  }
}
