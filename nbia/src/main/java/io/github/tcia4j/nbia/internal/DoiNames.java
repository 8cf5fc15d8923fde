package io.github.tcia4j.nbia.internal;

import java.util.regex.Pattern;

/**
 * Normalises a DOI to the form NBIA stores in {@code DataDescriptionURI} and matches exactly in
 * {@code getCollectionOrSeriesForDOI}: {@code https://doi.org/10.7937/...}.
 */
public final class DoiNames {
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:doi:\\s*|(?:https?://)?(?:dx\\.)?doi\\.org/)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE = Pattern.compile("10\\.[0-9]{4,9}/\\S+");

  private DoiNames() {}

  /**
   * Turns {@code 10.7937/K9/TCIA.2015.7GO2GSKS}, {@code doi:10.7937/...},
   * {@code https://doi.org/10.7937/...} or {@code http://dx.doi.org/10.7937/...} into
   * {@code https://doi.org/10.7937/...}. The case of the DOI itself is kept: the server compares
   * exactly.
   *
   * @param doi the DOI in any of those forms
   * @return the full URL form
   * @throws IllegalArgumentException when the value is blank or not a DOI
   */
  public static String toUrl(String doi) {
    String text = Args.required(doi, "getDoiMetadata", "doi");
    String bare = PREFIX.matcher(text).replaceFirst("").strip();
    if (!BARE.matcher(bare).matches()) {
      throw new IllegalArgumentException("getDoiMetadata: '" + doi + "' is not a DOI; pass it as 10.7937/K9/TCIA.2015.7GO2GSKS,"
          + " doi:10.7937/..., or https://doi.org/10.7937/...");
    }
    return "https://doi.org/" + bare;
  }
}
