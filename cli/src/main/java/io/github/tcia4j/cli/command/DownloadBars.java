package io.github.tcia4j.cli.command;

import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal display: one total bar (megabytes written against the sum of the metadata
 * {@code FileSize}, speed, ETA, and finished/total series), with one line per finished series
 * printed above it.
 *
 * <p>The bar counts the uncompressed bytes of the DICOM files written ({@code LICENSE} and
 * {@code md5hashes.csv} are not counted), the unit {@code FileSize} is given in. A retried series starts its count again; a failed or cancelled one gives its bytes
 * back, so the bar never counts a byte that is not on disk at the end; a completed series counts
 * its {@code FileSize}, so a complete run ends at 100 %.
 */
final class DownloadBars implements DownloadDisplay {
  private final TerminalLine terminal;
  private final int workers;
  private final int updateMillis;
  private final Map<String, Long> written = new HashMap<>();
  private final Map<String, Long> expected = new HashMap<>();
  private ProgressBar bar;
  private long max = -1;
  private long current;
  private int finished;
  private int total;

  /**
   * Creates the display.
   *
   * @param terminal the terminal line the bar is drawn in
   * @param workers the worker count, for the plan line
   * @param updateMillis how often the bar is redrawn
   */
  DownloadBars(TerminalLine terminal, int workers, int updateMillis) {
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.workers = workers;
    this.updateMillis = updateMillis;
  }

  @Override
  public void started(DownloadPlan plan) {
    terminal.printAbove(DownloadText.plan(plan, workers));
    synchronized (this) {
      total = plan.seriesCount();
      max = plan.expectedBytes() > 0 ? plan.expectedBytes() : -1;
      long unit = max >= 10_000_000_000L ? 1_000_000_000L : max >= 10_000_000L || max < 0 ? 1_000_000L : 1_000L;
      String unitName = unit == 1_000_000_000L ? "GB" : unit == 1_000_000L ? "MB" : "kB";
      bar = new ProgressBarBuilder().setTaskName("Download").setInitialMax(max).setUnit(" " + unitName, unit)
          .showSpeed(new DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.SECONDS)
          .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(updateMillis).setConsumer(terminal)
          .build();
      bar.setExtraMessage(seriesText());
    }
  }

  @Override
  public synchronized void seriesStarted(String seriesUid, long expectedBytes, int expectedImages, int attempt) {
    Long before = written.put(seriesUid, 0L);
    current -= before == null ? 0 : before;
    expected.put(seriesUid, expectedBytes);
    show();
  }

  @Override
  public synchronized void fileWritten(String seriesUid, String fileName, long size) {
    if (fileName.equals("LICENSE") || fileName.equals("md5hashes.csv")) {
      return;
    }
    written.merge(seriesUid, size, Long::sum);
    current += size;
    show();
  }

  @Override
  public void seriesFinished(SeriesOutcome outcome) {
    synchronized (this) {
      String uid = outcome.seriesInstanceUid();
      Long own = written.remove(uid);
      current -= own == null ? 0 : own;
      if (outcome.status().isComplete() && outcome.status() != SeriesStatus.ALREADY_PRESENT) {
        long size = expected.getOrDefault(uid, -1L);
        current += size > 0 ? size : (own == null ? 0 : own);
      }
      finished++;
      show();
      if (bar != null) {
        bar.setExtraMessage(seriesText());
      }
    }
    if (DownloadText.worthALine(outcome)) {
      terminal.printAbove(DownloadText.outcome(outcome));
    }
  }

  @Override
  public void finish(DownloadReport report) {
    abandon();
    terminal.printAbove(DownloadText.summary(report));
  }

  @Override
  public synchronized void abandon() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    terminal.close();
  }

  /**
   * Returns the bytes the bar counts now.
   *
   * @return the count
   */
  synchronized long current() {
    return current;
  }

  private void show() {
    if (bar != null) {
      bar.stepTo(max > 0 ? Math.max(0, Math.min(current, max)) : Math.max(0, current));
    }
  }

  private String seriesText() {
    return " " + finished + "/" + total + " series";
  }
}
