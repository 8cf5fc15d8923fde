package io.github.tcia4j.nbia;

/**
 * What {@link NbiaClient#getDoiMetadata(String, DoiOutput)} lists for a DOI: the Python
 * {@code output} argument of {@code getDoiMetadata}.
 */
public enum DoiOutput {
  /** One row per collection (and third-party flag) published under the DOI; Python {@code output=""}. */
  COLLECTIONS,
  /** One row per series published under the DOI; Python {@code output="series"}. */
  SERIES
}
