package io.github.tcia4j.nbia;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The species the NBIA simple search can filter on, with their SNOMED CT codes (the
 * {@code NPEXSpecies} dictionary of {@code tcia_utils}). Unlike the Python dictionary, names are
 * read case-insensitively: {@code "Human"} works instead of raising {@code KeyError}.
 */
public enum Species {
  /** Homo sapiens, code {@code 337915000}. */
  HUMAN("337915000", "Homo sapiens"),
  /** Mus musculus, code {@code 447612001}. */
  MOUSE("447612001", "Mus musculus"),
  /** Canis lupus familiaris, code {@code 448771007}. */
  DOG("448771007", "Canis lupus familiaris");

  private final String code;
  private final String scientificName;

  Species(String code, String scientificName) {
    this.code = code;
    this.scientificName = scientificName;
  }

  /**
   * Returns the SNOMED CT code the server expects as {@code SpeciesCriteria} value.
   *
   * @return e.g. {@code 337915000}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the scientific name.
   *
   * @return e.g. {@code Homo sapiens}
   */
  public String scientificName() {
    return scientificName;
  }

  /**
   * Reads a species from its common name ({@code human}, {@code Mouse}, {@code DOG}: any case),
   * its scientific name or its code.
   *
   * @param text the name or code
   * @return the species
   * @throws IllegalArgumentException when the text names no known species; the message lists the
   *     valid names
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public static Species parse(String text) {
    Objects.requireNonNull(text, "species");
    String t = text.trim();
    for (Species s : values()) {
      if (s.name().equalsIgnoreCase(t) || s.code.equals(t) || s.scientificName.equalsIgnoreCase(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown species '" + text + "': use one of "
        + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT) + " (" + s.code + ")")
            .collect(Collectors.joining(", "))
        + "; names are case-insensitive");
  }
}
