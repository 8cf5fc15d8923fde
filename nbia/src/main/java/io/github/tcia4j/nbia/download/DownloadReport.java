package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.download.internal.Receipts;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a download run did: one outcome per series in input order, the totals, and the metadata of
 * the complete series when {@link DownloadRequest.Builder#includeMetadata(boolean)} asked for it.
 * {@link #writeJson(Path)} and {@link #writeCsv(Path)} write it as a receipt.
 *
 * <p>Problems of the run as a whole, not of one series, are in {@link #warnings()}: an output file
 * (the metadata CSV or a receipt) that could not be written at the end of the run is reported
 * there, and the run still returns this report with every series' outcome.
 *
 * @param outcomes one per series of the run, in input order; unmodifiable
 * @param totals the totals
 * @param startTime when the run started
 * @param duration how long it took
 * @param metadata the bulk metadata ({@code getSeriesList}) of the complete series, in input
 *     order, when asked for; otherwise empty; unmodifiable
 * @param warnings problems of the run as a whole, e.g. {@code "receiptJson /data/r.json could not be
 *     written: ..."}; empty when there were none; unmodifiable
 */
public record DownloadReport(List<SeriesOutcome> outcomes, DownloadTotals totals, Instant startTime,
    Duration duration, List<SeriesMetadata> metadata, List<String> warnings) {

  /**
   * Copies the lists and checks the components.
   *
   * @param outcomes the outcomes
   * @param totals the totals
   * @param startTime the start
   * @param duration the duration
   * @param metadata the metadata
   * @param warnings the warnings of the run
   */
  public DownloadReport {
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(duration, "duration");
    metadata = List.copyOf(metadata);
    warnings = List.copyOf(warnings);
  }

  /**
   * Creates a report without warnings.
   *
   * @param outcomes the outcomes
   * @param totals the totals
   * @param startTime the start
   * @param duration the duration
   * @param metadata the metadata
   */
  public DownloadReport(List<SeriesOutcome> outcomes, DownloadTotals totals, Instant startTime, Duration duration,
      List<SeriesMetadata> metadata) {
    this(outcomes, totals, startTime, duration, metadata, List.of());
  }

  /**
   * Builds a report from outcomes, computing the totals.
   *
   * @param outcomes the outcomes in input order
   * @param startTime when the run started
   * @param duration how long it took
   * @param metadata the metadata of the complete series, or an empty list
   * @return the report
   */
  public static DownloadReport of(List<SeriesOutcome> outcomes, Instant startTime, Duration duration,
      List<SeriesMetadata> metadata) {
    return new DownloadReport(outcomes, DownloadTotals.of(outcomes), startTime, duration, metadata);
  }

  /**
   * Returns a copy of this report with one more warning of the run.
   *
   * @param warning the warning
   * @return the new report
   */
  public DownloadReport withWarning(String warning) {
    Objects.requireNonNull(warning, "warning must not be null");
    List<String> more = new ArrayList<>(warnings);
    more.add(warning);
    return new DownloadReport(outcomes, totals, startTime, duration, metadata, more);
  }

  /**
   * Sums the run up: {@link OverallStatus#COMPLETE} when every series is complete on disk (also
   * for an empty run), {@link OverallStatus#FAILED} when none is, {@link OverallStatus#PARTIAL}
   * otherwise.
   *
   * @return the overall status
   */
  public OverallStatus overall() {
    int complete = totals.complete();
    if (complete == outcomes.size()) {
      return OverallStatus.COMPLETE;
    }
    return complete == 0 ? OverallStatus.FAILED : OverallStatus.PARTIAL;
  }

  /**
   * Returns the outcome of one series.
   *
   * @param seriesUid the Series Instance UID
   * @return the outcome, or empty when the series was not part of the run
   */
  public Optional<SeriesOutcome> outcome(String seriesUid) {
    return outcomes.stream().filter(o -> o.seriesInstanceUid().equals(seriesUid)).findFirst();
  }

  /**
   * Lists the series that are not complete.
   *
   * @return the failed and cancelled outcomes, in input order
   */
  public List<SeriesOutcome> problems() {
    return outcomes.stream().filter(o -> !o.status().isComplete()).toList();
  }

  /**
   * Returns the one-line summary that is also logged, in the words of {@code tcia_utils}:
   * {@code "Downloaded 8 of 9 series (1 repaired), 1 failed, 1 already present, 0 cancelled"}.
   *
   * @return the summary
   */
  public String summary() {
    int fetched = totals.downloaded() + totals.repaired();
    int toFetch = outcomes.size() - totals.alreadyPresent();
    return "Downloaded " + fetched + " of " + toFetch + " series"
        + (totals.repaired() > 0 ? " (" + totals.repaired() + " repaired)" : "")
        + ", " + totals.failed() + " failed, " + totals.alreadyPresent() + " already present, "
        + totals.cancelled() + " cancelled";
  }

  /**
   * Writes the receipt as one JSON object: {@code tool}, {@code startTime}, {@code durationSeconds},
   * {@code overall}, {@code summary}, {@code totals} (an object), {@code warnings} (the run's
   * warnings, an array of strings) and {@code series} (an array with one object per series:
   * status, location, bytes, images, MD5 result, attempts, duration, licence, collection, DOI,
   * warnings, error). The file is replaced atomically.
   *
   * @param file the file to write
   * @return the file
   * @throws io.github.tcia4j.common.error.TciaException when the file cannot be written
   */
  public Path writeJson(Path file) {
    Receipts.writeJson(this, Objects.requireNonNull(file, "file"));
    return file;
  }

  /**
   * Writes the receipt as CSV: {@code file} gets one row per series with the columns of
   * {@link #writeJson(Path)}'s series objects (nothing else, so {@code pandas.read_csv} reads it as
   * is), and the totals go into a second CSV next to it, {@link #totalsCsvFile(Path)} (e.g.
   * {@code run.csv} and {@code run.totals.csv}): a header row and one row with {@code Tool},
   * {@code StartTime}, {@code DurationSeconds}, {@code Overall}, {@code Requested},
   * {@code Downloaded}, {@code AlreadyPresent}, {@code Repaired}, {@code Failed}, {@code Cancelled},
   * {@code Bytes}, {@code Images}, {@code BytesReceived}. Both files are replaced atomically.
   *
   * @param file the series CSV to write
   * @return the series CSV
   * @throws IllegalArgumentException when the path has no file name
   * @throws io.github.tcia4j.common.error.TciaException when a file cannot be written
   */
  public Path writeCsv(Path file) {
    Receipts.writeCsv(this, Objects.requireNonNull(file, "file"));
    return file;
  }

  /**
   * Names the totals CSV that {@link #writeCsv(Path)} writes next to a series CSV: {@code run.csv}
   * gives {@code run.totals.csv}; a name without the {@code .csv} extension gets
   * {@code .totals.csv} appended.
   *
   * @param csv the series CSV
   * @return the totals CSV, in the same folder
   * @throws IllegalArgumentException when the path has no file name
   */
  public static Path totalsCsvFile(Path csv) {
    return Receipts.totalsFile(Objects.requireNonNull(csv, "csv"));
  }
}
