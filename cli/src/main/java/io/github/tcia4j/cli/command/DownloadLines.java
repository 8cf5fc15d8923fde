package io.github.tcia4j.cli.command;

import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The display for logs and pipes: one line for the plan, one line per finished series, a summary;
 * no carriage returns, nothing redrawn.
 */
final class DownloadLines implements DownloadDisplay {
  private final PrintWriter out;
  private final int workers;

  /**
   * Creates the display.
   *
   * @param out where the lines go
   * @param workers the worker count, for the plan line
   */
  DownloadLines(PrintWriter out, int workers) {
    this.out = Objects.requireNonNull(out, "out");
    this.workers = workers;
  }

  @Override
  public void started(DownloadPlan plan) {
    line(DownloadText.plan(plan, workers));
  }

  @Override
  public void seriesFinished(SeriesOutcome outcome) {
    if (DownloadText.worthALine(outcome)) {
      line(DownloadText.outcome(outcome));
    }
  }

  @Override
  public void finish(DownloadReport report) {
    line(DownloadText.summary(report));
  }

  @Override
  public void abandon() {
    out.flush();
  }

  private void line(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
