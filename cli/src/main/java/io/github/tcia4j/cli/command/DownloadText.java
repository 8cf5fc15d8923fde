package io.github.tcia4j.cli.command;

import io.github.tcia4j.common.table.DiskSpace;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import java.util.Locale;

/** The lines {@code tcia download} prints: the plan, one line per finished series, the summary. */
final class DownloadText {
  private DownloadText() {}

  /**
   * Describes the plan: {@code Downloading 40 series into data: 38 to fetch (1.00 GB), 2 already present, 8 workers}.
   *
   * @param plan the plan
   * @param workers the worker count
   * @return the line
   */
  static String plan(DownloadPlan plan, int workers) {
    StringBuilder sb = new StringBuilder();
    sb.append("Downloading ").append(plan.seriesCount()).append(" series")
        .append(" into ").append(plan.root()).append(": ").append(plan.toDownload()).append(" to fetch");
    if (plan.toDownload() > 0) {
      sb.append(" (").append(DiskSpace.format(plan.expectedBytes()));
      if (plan.unknownSize() > 0) {
        sb.append(", ").append(plan.unknownSize()).append(" of unknown size");
      }
      sb.append(")");
    }
    sb.append(", ").append(plan.alreadyPresent()).append(" already present, ").append(workers)
        .append(workers == 1 ? " worker" : " workers");
    return sb.toString();
  }

  /**
   * Describes one finished series: status, UID, images, size on disk, attempts, seconds, and the
   * warnings or the error. For example
   * {@code DOWNLOADED       1.2.3  48 images  25.20 MB  1 attempt  3.1 s}.
   *
   * @param o the outcome
   * @return the line
   */
  static String outcome(SeriesOutcome o) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-15s", o.status().name())).append("  ").append(o.seriesInstanceUid())
        .append("  ").append(o.images());
    if (!o.status().isComplete() && o.expectedImages() != null) {
      sb.append('/').append(o.expectedImages());
    }
    sb.append(o.images() == 1 && o.status().isComplete() ? " image" : " images")
        .append("  ").append(DiskSpace.format(o.bytes()))
        .append("  ").append(o.attempts()).append(o.attempts() == 1 ? " attempt" : " attempts")
        .append("  ").append(seconds(o.duration().toMillis() / 1000.0));
    if (!o.warnings().isEmpty()) {
      sb.append("  warning: ").append(String.join("; ", o.warnings()));
    }
    o.errorMessage().ifPresent(e -> sb.append("  error: ").append(e));
    return sb.toString();
  }

  /**
   * Tells whether a finished series gets a line of its own: every series except those cancelled
   * before their first attempt (after Ctrl-C those can be thousands; the summary counts them and
   * the receipt lists them).
   *
   * @param o the outcome
   * @return {@code true} when the line is printed
   */
  static boolean worthALine(SeriesOutcome o) {
    return !(o.status() == SeriesStatus.CANCELLED && o.attempts() == 0);
  }

  /**
   * Sums the run up: the report's summary, what was received and how fast.
   *
   * @param report the report
   * @return the line
   */
  static String summary(DownloadReport report) {
    double secs = report.duration().toMillis() / 1000.0;
    long received = report.totals().bytesReceived();
    StringBuilder sb = new StringBuilder(report.summary());
    sb.append("; ").append(DiskSpace.format(received)).append(" received in ").append(seconds(secs));
    if (secs > 0 && received > 0) {
      sb.append(String.format(Locale.ROOT, " (%.1f MB/s)", received / secs / 1e6));
    }
    return sb.toString();
  }

  private static String seconds(double secs) {
    return String.format(Locale.ROOT, "%.1f s", secs);
  }
}
