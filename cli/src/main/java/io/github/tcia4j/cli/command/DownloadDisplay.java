package io.github.tcia4j.cli.command;

import io.github.tcia4j.nbia.download.DownloadListener;
import io.github.tcia4j.nbia.download.DownloadReport;

/**
 * How {@code tcia download} shows a run: a listener on the engine's events plus the closing
 * summary. Two forms: {@link DownloadLines} (plain lines, for logs and pipes) and
 * {@link DownloadBars} (a progress bar, on a terminal).
 */
interface DownloadDisplay extends DownloadListener {

  /**
   * Ends the display (stops a bar) and prints the summary of the run.
   *
   * @param report the report
   */
  void finish(DownloadReport report);

  /** Ends the display without a report (the run failed as a whole); does nothing if already ended. */
  void abandon();
}
