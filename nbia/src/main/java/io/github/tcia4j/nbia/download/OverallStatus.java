package io.github.tcia4j.nbia.download;

/** The result of a whole download run, for exit codes and summaries. */
public enum OverallStatus {
  /** Every requested series is complete on disk (downloaded, repaired or already present). */
  COMPLETE,
  /** Some series are complete and some failed or were cancelled. */
  PARTIAL,
  /** No requested series is complete. */
  FAILED
}
