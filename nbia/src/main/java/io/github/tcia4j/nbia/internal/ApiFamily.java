package io.github.tcia4j.nbia.internal;

/**
 * The path families under {@code /nbia-api/services}: versioned ones and the unversioned
 * "advanced" endpoints ({@code nbia-api.md} section 1.2).
 */
public enum ApiFamily {
  /** {@code /nbia-api/services/v1/}: public, no token. */
  V1("v1/"),
  /** {@code /nbia-api/services/v2/}: token required. */
  V2("v2/"),
  /** {@code /nbia-api/services/v4/}: public, no token. */
  V4("v4/"),
  /** {@code /nbia-api/services/}: the unversioned "advanced" endpoints; token required. */
  ADVANCED("");

  private final String segment;

  ApiFamily(String segment) {
    this.segment = segment;
  }

  /**
   * Returns the path segment after {@code /nbia-api/services/}, with its trailing slash.
   *
   * @return e.g. {@code v4/}, or empty for the advanced family
   */
  public String segment() {
    return segment;
  }
}
