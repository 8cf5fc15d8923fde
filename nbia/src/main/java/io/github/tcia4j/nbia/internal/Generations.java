package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.nbia.ApiVersion;
import java.util.Objects;

/**
 * Where each query lives in each API generation (nbia-api.md section 1.3): the search endpoints
 * under {@code v4/}, {@code v1/} or {@code v2/}; the counts, descriptions, DICOM tags and DOI
 * lookup under {@code v4/} or, for V2, the unversioned "advanced" family; nothing of the latter in
 * V1. Immutable.
 */
public final class Generations {
  private final ApiVersion version;

  /**
   * Creates the rules for one generation.
   *
   * @param version the generation the client talks to
   */
  public Generations(ApiVersion version) {
    this.version = Objects.requireNonNull(version, "version");
  }

  /**
   * Returns the generation.
   *
   * @return the API version
   */
  public ApiVersion version() {
    return version;
  }

  /**
   * Tells whether the client talks to v4.
   *
   * @return {@code true} for {@link ApiVersion#V4}
   */
  public boolean isV4() {
    return version == ApiVersion.V4;
  }

  /**
   * Returns the family of the search endpoints, which every generation has.
   *
   * @return {@code v4/}, {@code v1/} or {@code v2/}
   */
  public ApiFamily search() {
    return switch (version) {
      case V4 -> ApiFamily.V4;
      case V1 -> ApiFamily.V1;
      case V2 -> ApiFamily.V2;
    };
  }

  /**
   * Returns the family of an endpoint that v4 and the unversioned "advanced" family have, but v1
   * does not (counts, descriptions, DICOM tags, DOI lookup).
   *
   * @param method the client method, for the message, e.g. {@code getModalityCounts}
   * @param endpoint the NBIA endpoint, for the message, e.g. {@code getModalityValuesAndCounts}
   * @return {@code v4/} for V4, the advanced family for V2
   * @throws UnsupportedOperationException for V1, naming the method and what to use instead
   */
  public ApiFamily advanced(String method, String endpoint) {
    return switch (version) {
      case V4 -> ApiFamily.V4;
      case V2 -> ApiFamily.ADVANCED;
      case V1 -> throw unsupported(method, "NBIA v1 has no " + endpoint + " endpoint",
          "a client built with ApiVersion.V4 (the default, no login) or ApiVersion.V2 (with a login)");
    };
  }

  /**
   * Builds the exception for a method that the client's generation does not offer.
   *
   * @param method the client method
   * @param reason why, e.g. {@code NBIA v1 has no getDicomTags endpoint}
   * @param instead what to use instead
   * @return the exception to throw
   */
  public UnsupportedOperationException unsupported(String method, String reason, String instead) {
    return new UnsupportedOperationException(method + " is not available on API generation " + version + ": "
        + reason + ". Use " + instead + ".");
  }
}
