package io.github.tcia4j.nbia.download;

/** How one series of a download ended. */
public enum SeriesStatus {
  /** Downloaded now, verified, and in place under its final name. */
  DOWNLOADED,
  /** Already complete on disk (a valid completion record matched the files); nothing was fetched. */
  ALREADY_PRESENT,
  /** Completed instance by instance ({@code getSingleImage}) after the series zip kept failing. */
  REPAIRED,
  /** Not completed; {@link SeriesOutcome#error()} says why. Nothing incomplete was left in place. */
  FAILED,
  /** Stopped by {@link DownloadJob#cancel()} before it completed; nothing incomplete was left in place. */
  CANCELLED;

  /**
   * Tells whether the series is complete on disk after the run.
   *
   * @return {@code true} for {@link #DOWNLOADED}, {@link #ALREADY_PRESENT} and {@link #REPAIRED}
   */
  public boolean isComplete() {
    return this == DOWNLOADED || this == ALREADY_PRESENT || this == REPAIRED;
  }
}
