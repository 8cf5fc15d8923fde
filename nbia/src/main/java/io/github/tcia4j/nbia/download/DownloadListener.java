package io.github.tcia4j.nbia.download;

/**
 * Watches a download run: progress displays, logs, or a test that cancels after a few series.
 * Every method does nothing by default; override the ones you need.
 *
 * <p>Methods are called from the download's worker threads, several at once: implementations
 * must be thread-safe and quick (they run on the download path). An exception thrown by a listener
 * is logged and otherwise ignored. Order for one run: {@link #started(DownloadPlan)} once; per
 * series {@link #seriesStarted} before each attempt, then {@link #bytes} and {@link #fileWritten}
 * events, then {@link #seriesFinished(SeriesOutcome)} exactly once (series already present get
 * only that); {@link #finished(DownloadReport)} once at the end.
 */
public interface DownloadListener {
  /** A listener that ignores every event. */
  DownloadListener NONE = new DownloadListener() {};

  /**
   * Called once, after the metadata has been read and before any series is fetched.
   *
   * @param plan the totals the run expects
   */
  default void started(DownloadPlan plan) {}

  /**
   * Called when an attempt to fetch a series starts (again for each retry, and for the repair).
   *
   * @param seriesUid the Series Instance UID
   * @param expectedBytes the metadata {@code FileSize}, or -1 when unknown
   * @param expectedImages the metadata {@code ImageCount}, or -1 when unknown
   * @param attempt the attempt number, from 1
   */
  default void seriesStarted(String seriesUid, long expectedBytes, int expectedImages, int attempt) {}

  /**
   * Called as HTTP body bytes of a series arrive (zip or single images). The deltas of a series
   * add up to {@link SeriesOutcome#bytesReceived()}; bytes of failed attempts are included.
   *
   * @param seriesUid the Series Instance UID
   * @param delta the bytes received since the last call for this series
   */
  default void bytes(String seriesUid, long delta) {}

  /**
   * Called when a file of a series has been written (and hashed) in its temporary folder.
   *
   * @param seriesUid the Series Instance UID
   * @param fileName the file name
   * @param size the file size (uncompressed; compare with {@code FileSize})
   */
  default void fileWritten(String seriesUid, String fileName, long size) {}

  /**
   * Called exactly once per series of the run, when its outcome is final.
   *
   * @param outcome the outcome
   */
  default void seriesFinished(SeriesOutcome outcome) {}

  /**
   * Called once at the end of the run, after the metadata CSV and the receipts were written (an
   * output that could not be written is one of the report's {@link DownloadReport#warnings()}).
   *
   * @param report the report
   */
  default void finished(DownloadReport report) {}
}
