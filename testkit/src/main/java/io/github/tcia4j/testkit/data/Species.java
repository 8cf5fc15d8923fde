package io.github.tcia4j.testkit.data;

import java.util.Objects;

/**
 * A species as NBIA stores it: an SNOMED code and its description.
 *
 * @param code the code, e.g. {@code 337915000}
 * @param description the description, e.g. {@code Homo sapiens}
 */
public record Species(String code, String description) {

  /** Human, the default of every patient without a stored species. */
  public static final Species HUMAN = new Species("337915000", "Homo sapiens");
  /** Mouse. */
  public static final Species MOUSE = new Species("447612001", "Mus musculus");
  /** Dog. */
  public static final Species DOG = new Species("448771007", "Canis lupus familiaris");

  /**
   * Checks the components.
   *
   * @param code the code
   * @param description the description
   */
  public Species {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
  }
}
