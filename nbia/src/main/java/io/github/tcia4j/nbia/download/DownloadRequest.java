package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.nbia.download.internal.OutputTargets;
import io.github.tcia4j.nbia.download.internal.PathNames;
import io.github.tcia4j.nbia.download.internal.SeriesInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to download and how: the counterpart of the arguments of {@code tcia_utils.nbia.downloadSeries}.
 * Immutable; build one with {@link #builder()} (or {@link #of(Collection)} for a plain UID list)
 * and derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * DownloadRequest request = DownloadRequest.builder()
 *     .manifest(Path.of("cart.tcia"))
 *     .path(Path.of("data"))
 *     .layout(DownloadLayout.template("{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}"))
 *     .receiptJson(Path.of("data/receipt.json"))
 *     .build();
 * }</pre>
 *
 * <p>Inputs may be combined: UIDs from every {@code seriesUids}, {@code series}, {@code manifest}
 * and {@code uidFile} call are joined in call order, duplicates dropped (first occurrence kept).
 * Files are read when the builder method is called, so a missing column, a file that is not UTF-8
 * or a malformed UID fails there, naming the file and line. Every Series Instance UID, whatever
 * the input, must be a DICOM UID as the queries require: digits in dot-separated components, at
 * most 64 characters; a bad one is refused naming its position, so that a run never starts with a
 * UID it would fail on.
 *
 * <p>Defaults: {@code path} {@code tciaDownload}; flat layout; MD5 verification on; 8 workers;
 * 4 attempts per series with backoff from 2 s up to 60 s; instance-level repair on; series
 * deadline 5 min + 1 min per 100 MB of {@code FileSize} (30 min when the size is unknown); the
 * client's read timeout for stalled streams.
 */
public final class DownloadRequest {
  /** The default download folder, as in {@code tcia_utils}. */
  public static final Path DEFAULT_PATH = Path.of("tciaDownload");
  /**
   * The default number of series downloaded at once: 8, the top of the bounded pool the
   * reference recommends for the public server ("4-8 by default"; nbia-toolkit uses 8 threads, the
   * Go retriever 8 connections per host). {@code tcia_utils} uses {@code max_workers=10}, but it
   * holds every zip in memory and never retries; with the public server's roughly 10 MB/s per
   * connection, 8 streams already fill most links without provoking the server's rate limits.
   */
  public static final int DEFAULT_WORKERS = 8;
  /** The most workers accepted. */
  public static final int MAX_WORKERS = 64;
  /** The default number of zip attempts per series. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** The most attempts accepted. */
  public static final int MAX_ATTEMPTS = 20;

  private final List<String> seriesUids;
  private final int number;
  private final Path path;
  private final boolean asZip;
  private final boolean verifyMd5;
  private final boolean deepCheck;
  private final DownloadLayout layout;
  private final int workers;
  private final int maxAttempts;
  private final boolean repair;
  private final Path metadataCsv;
  private final boolean includeMetadata;
  private final DownloadListener listener;
  private final Path receiptJson;
  private final Path receiptCsv;
  private final Duration readTimeout;
  private final Duration seriesTimeoutBase;
  private final Duration seriesTimeoutPer100Mb;
  private final Duration unknownSizeTimeout;
  private final Duration retryInitialDelay;
  private final Duration retryMaxDelay;

  private DownloadRequest(Builder b) {
    this.seriesUids = List.copyOf(new LinkedHashSet<>(b.uids));
    this.number = b.number;
    this.path = b.path;
    this.asZip = b.asZip;
    this.verifyMd5 = b.verifyMd5;
    this.deepCheck = b.deepCheck;
    this.layout = b.layout;
    this.workers = b.workers;
    this.maxAttempts = b.maxAttempts;
    this.repair = b.repair;
    this.metadataCsv = b.metadataCsv;
    this.includeMetadata = b.includeMetadata;
    this.listener = b.listener;
    this.receiptJson = b.receiptJson;
    this.receiptCsv = b.receiptCsv;
    this.readTimeout = b.readTimeout;
    this.seriesTimeoutBase = b.seriesTimeoutBase;
    this.seriesTimeoutPer100Mb = b.seriesTimeoutPer100Mb;
    this.unknownSizeTimeout = b.unknownSizeTimeout;
    this.retryInitialDelay = b.retryInitialDelay;
    this.retryMaxDelay = b.retryMaxDelay;
  }

  /**
   * Creates a request for a list of Series Instance UIDs with the default options.
   *
   * @param uids the UIDs
   * @return the request
   * @throws IllegalArgumentException when the list is empty or a UID is malformed
   */
  public static DownloadRequest of(Collection<String> uids) {
    return builder().seriesUids(uids).build();
  }

  /**
   * Starts a builder with the default options and no series.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's series and options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.uids.addAll(seriesUids);
    b.number = number;
    b.path = path;
    b.asZip = asZip;
    b.verifyMd5 = verifyMd5;
    b.deepCheck = deepCheck;
    b.layout = layout;
    b.workers = workers;
    b.maxAttempts = maxAttempts;
    b.repair = repair;
    b.metadataCsv = metadataCsv;
    b.includeMetadata = includeMetadata;
    b.listener = listener;
    b.receiptJson = receiptJson;
    b.receiptCsv = receiptCsv;
    b.readTimeout = readTimeout;
    b.seriesTimeoutBase = seriesTimeoutBase;
    b.seriesTimeoutPer100Mb = seriesTimeoutPer100Mb;
    b.unknownSizeTimeout = unknownSizeTimeout;
    b.retryInitialDelay = retryInitialDelay;
    b.retryMaxDelay = retryMaxDelay;
    return b;
  }

  /**
   * Returns the Series Instance UIDs of all inputs, duplicates removed, in input order.
   *
   * @return the UIDs, unmodifiable
   */
  public List<String> seriesUids() {
    return seriesUids;
  }

  /**
   * Returns how many of the series not yet on disk to download ({@code tcia_utils} {@code number}).
   *
   * @return the count, or 0 for all
   */
  public int number() {
    return number;
  }

  /**
   * Returns the download folder.
   *
   * @return the folder
   */
  public Path path() {
    return path;
  }

  /**
   * Tells whether series are kept as zip files instead of folders.
   *
   * @return {@code true} for zips
   */
  public boolean asZip() {
    return asZip;
  }

  /**
   * Tells whether every file is compared with the MD5 the server publishes.
   *
   * @return {@code true} when verifying
   */
  public boolean verifyMd5() {
    return verifyMd5;
  }

  /**
   * Tells whether series that look complete are re-hashed before being skipped.
   *
   * @return {@code true} for the deep check
   */
  public boolean deepCheck() {
    return deepCheck;
  }

  /**
   * Returns where series go below the download folder.
   *
   * @return the layout
   */
  public DownloadLayout layout() {
    return layout;
  }

  /**
   * Returns how many series are downloaded at once.
   *
   * @return the worker count
   */
  public int workers() {
    return workers;
  }

  /**
   * Returns how many times the zip of one series is tried before repair (or failure).
   *
   * @return the attempt limit
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Tells whether series whose zip keeps failing are completed instance by instance.
   *
   * @return {@code true} when repair is on
   */
  public boolean repair() {
    return repair;
  }

  /**
   * Returns the file the metadata of the downloaded series is written to ({@code csv_filename}).
   *
   * @return the CSV file, or empty
   */
  public Optional<Path> metadataCsv() {
    return Optional.ofNullable(metadataCsv);
  }

  /**
   * Tells whether the report carries the metadata of the downloaded series ({@code format="df"}).
   *
   * @return {@code true} when it does
   */
  public boolean includeMetadata() {
    return includeMetadata;
  }

  /**
   * Returns the listener.
   *
   * @return the listener, {@link DownloadListener#NONE} by default
   */
  public DownloadListener listener() {
    return listener;
  }

  /**
   * Returns the file the JSON receipt is written to.
   *
   * @return the file, or empty
   */
  public Optional<Path> receiptJson() {
    return Optional.ofNullable(receiptJson);
  }

  /**
   * Returns the file the CSV receipt is written to.
   *
   * @return the file, or empty
   */
  public Optional<Path> receiptCsv() {
    return Optional.ofNullable(receiptCsv);
  }

  /**
   * Returns the longest pause allowed between two reads of a download, if this request overrides
   * the client's {@code readTimeout}.
   *
   * @return the read timeout, or empty for the client's
   */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /**
   * Returns the deadline of one zip attempt: {@code base + per100Mb x FileSize / 100 MB}, or the
   * unknown-size timeout when the metadata has no {@code FileSize}.
   *
   * @param fileSize the metadata {@code FileSize} in bytes, or {@code null}
   * @return the deadline
   */
  public Duration seriesTimeout(Long fileSize) {
    if (fileSize == null || fileSize < 0) {
      return unknownSizeTimeout;
    }
    long perMillis = seriesTimeoutPer100Mb.toMillis();
    long extra = (long) Math.ceil(fileSize / 100_000_000.0 * perMillis);
    return seriesTimeoutBase.plusMillis(extra);
  }

  /**
   * Returns the wait after the first failed attempt (it doubles after each further failure).
   *
   * @return the initial retry delay
   */
  public Duration retryInitialDelay() {
    return retryInitialDelay;
  }

  /**
   * Returns the longest wait between two attempts.
   *
   * @return the retry delay cap
   */
  public Duration retryMaxDelay() {
    return retryMaxDelay;
  }

  @Override
  public String toString() {
    return "DownloadRequest[" + seriesUids.size() + " series, path=" + path + ", layout=" + layout
        + ", asZip=" + asZip + ", verifyMd5=" + verifyMd5 + ", workers=" + workers + ", maxAttempts="
        + maxAttempts + ", repair=" + repair + (number > 0 ? ", number=" + number : "") + "]";
  }

  /** Builds a {@link DownloadRequest}. */
  public static final class Builder {
    private final List<String> uids = new ArrayList<>();
    private final List<String> emptyInputs = new ArrayList<>();
    private int number;
    private Path path = DEFAULT_PATH;
    private boolean asZip;
    private boolean verifyMd5 = true;
    private boolean deepCheck;
    private DownloadLayout layout = DownloadLayout.flat();
    private int workers = DEFAULT_WORKERS;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private boolean repair = true;
    private Path metadataCsv;
    private boolean includeMetadata;
    private DownloadListener listener = DownloadListener.NONE;
    private Path receiptJson;
    private Path receiptCsv;
    private Duration readTimeout;
    private Duration seriesTimeoutBase = Duration.ofMinutes(5);
    private Duration seriesTimeoutPer100Mb = Duration.ofMinutes(1);
    private Duration unknownSizeTimeout = Duration.ofMinutes(30);
    private Duration retryInitialDelay = Duration.ofSeconds(2);
    private Duration retryMaxDelay = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Adds Series Instance UIDs ({@code tcia_utils} {@code input_type="list"}).
     *
     * @param values the UIDs; surrounding blanks are ignored
     * @return this builder
     * @throws IllegalArgumentException naming the element (index and value) when a UID is not a
     *     DICOM UID: digits in dot-separated components, at most 64 characters
     * @throws NullPointerException when {@code values} is {@code null}
     */
    public Builder seriesUids(Collection<String> values) {
      Objects.requireNonNull(values, "seriesUids must not be null; pass a list of Series Instance UIDs");
      int i = 0;
      List<String> checked = new ArrayList<>(values.size());
      for (String uid : values) {
        checked.add(PathNames.requireUid(uid, "seriesUids element " + i++));
      }
      if (checked.isEmpty()) {
        emptyInputs.add("seriesUids(...) was given no UIDs");
      }
      uids.addAll(checked);
      return this;
    }

    /**
     * Adds Series Instance UIDs.
     *
     * @param values the UIDs
     * @return this builder
     * @throws IllegalArgumentException naming the element (index and value) when a UID is not a
     *     DICOM UID: digits in dot-separated components, at most 64 characters
     * @throws NullPointerException when the array is {@code null}
     */
    public Builder seriesUids(String... values) {
      Objects.requireNonNull(values, "seriesUids must not be null; pass Series Instance UIDs");
      return seriesUids(Arrays.asList(values));
    }

    /**
     * Adds the series of query results ({@code tcia_utils}' default input: any objects with a
     * Series Instance UID): records ({@code Series}, {@code SeriesMetadata}, {@code CartSeries},
     * any record with a {@code seriesInstanceUid} component or a component annotated
     * {@code @JsonbProperty("SeriesInstanceUID")}), JavaBeans with a public
     * {@code getSeriesInstanceUID()} or {@code getSeriesInstanceUid()} getter, or maps with a
     * {@code SeriesInstanceUID} key.
     *
     * @param values the records, beans or maps
     * @return this builder
     * @throws IllegalArgumentException naming the first element (index and class) that has no
     *     Series Instance UID, or whose UID is not a DICOM UID (at most 64 characters, digits and
     *     dots)
     * @throws NullPointerException when {@code values} is {@code null}
     */
    public Builder series(Collection<?> values) {
      List<String> found = SeriesInputs.uidsOf(values);
      if (found.isEmpty()) {
        emptyInputs.add("series(...) was given no query results");
      }
      uids.addAll(found);
      return this;
    }

    /**
     * Adds the series of a {@code .tcia} manifest, in file order ({@code tcia_utils}
     * {@code input_type="manifest"}). The file is read at once with {@link Manifest#read(Path)}.
     *
     * @param file the manifest
     * @return this builder
     * @throws IllegalArgumentException when the file is missing, is not UTF-8 text, or has a line
     *     that is neither a header line nor a DICOM UID (naming the line)
     * @throws NullPointerException when {@code file} is {@code null}
     */
    public Builder manifest(Path file) {
      Objects.requireNonNull(file, "manifest must not be null; pass the path of a .tcia file");
      addManifest(file);
      return this;
    }

    /**
     * Adds the series of a file: a CSV or JSON export with a {@code SeriesInstanceUID} column or
     * key (as {@code tcia4j} or pandas write them), JSON Lines, plain text with one UID per line, or
     * a {@code .tcia} manifest. The format follows the extension ({@code .csv}, {@code .json},
     * {@code .jsonl}, {@code .txt}, {@code .tcia}) or, for other names, the content. The file is
     * read at once.
     *
     * @param file the file
     * @return this builder
     * @throws IllegalArgumentException when the file is not UTF-8 text, has no
     *     {@code SeriesInstanceUID} column, or a value is not a DICOM UID (naming the file and line)
     * @throws NullPointerException when {@code file} is {@code null}
     * @throws io.github.tcia4j.common.error.TciaException when the file cannot be read
     */
    public Builder uidFile(Path file) {
      Objects.requireNonNull(file, "uidFile must not be null; pass the path of a CSV, JSON or text file");
      SeriesUidFiles.Listed listed = SeriesUidFiles.list(file);
      if (listed.uids().isEmpty()) {
        emptyInputs.add(listed.manifest() ? manifestWithoutSeries(file) : "the UID file " + file + " has no UIDs");
      }
      uids.addAll(listed.uids());
      return this;
    }

    private void addManifest(Path file) {
      List<String> found = Manifest.read(file).seriesUids();
      if (found.isEmpty()) {
        emptyInputs.add(manifestWithoutSeries(file));
      }
      uids.addAll(found);
    }

    private static String manifestWithoutSeries(Path file) {
      return "the manifest " + file + " has no series lines (only header lines, comments or blank lines)";
    }

    /**
     * Downloads only the first {@code n} of the series that are not yet complete on disk
     * ({@code tcia_utils} {@code number}); series already present are still reported.
     *
     * @param n the count; 0 (the default) means all
     * @return this builder
     */
    public Builder number(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("number must be 0 (all) or positive, was " + n);
      }
      this.number = n;
      return this;
    }

    /**
     * Sets the download folder (default {@code tciaDownload}, relative to the working directory).
     *
     * @param value the folder; created when missing
     * @return this builder
     */
    public Builder path(Path value) {
      this.path = Objects.requireNonNull(value, "path must not be null; pass the download folder");
      return this;
    }

    /**
     * Keeps each series as {@code <SeriesInstanceUID>.zip} (the server's zip, verified while it
     * streams to disk) instead of extracting it ({@code as_zip}).
     *
     * @param value {@code true} for zips
     * @return this builder
     */
    public Builder asZip(boolean value) {
      this.asZip = value;
      return this;
    }

    /**
     * Compares every file with the MD5 the server publishes (default on): the zip is requested
     * with {@code IncludeMD5=yes} (or from {@code getImageWithMD5Hash} where that parameter does
     * not exist) and each entry is checked against {@code md5hashes.csv}.
     *
     * @param value {@code false} to skip the comparison
     * @return this builder
     */
    public Builder verifyMd5(boolean value) {
      this.verifyMd5 = value;
      return this;
    }

    /**
     * Re-hashes the files of a series that looks complete before skipping it (default off: a
     * complete series is recognised by its completion record, file names and sizes).
     *
     * @param value {@code true} for the deep check
     * @return this builder
     */
    public Builder deepCheck(boolean value) {
      this.deepCheck = value;
      return this;
    }

    /**
     * Sets where series go below the download folder (default {@link DownloadLayout#flat()}).
     *
     * @param value the layout
     * @return this builder
     */
    public Builder layout(DownloadLayout value) {
      this.layout = Objects.requireNonNull(value, "layout must not be null; pass DownloadLayout.flat() or a template");
      return this;
    }

    /**
     * Sets how many series are downloaded at once ({@code max_workers}; default
     * {@value DownloadRequest#DEFAULT_WORKERS}, where {@code tcia_utils} uses 10: the public server
     * gives about 10 MB/s per connection, and the reference recommends a bounded pool of 4 to 8).
     * The download uses its own connection limit of this size, so the client's
     * {@code maxConcurrency} does not cap it.
     *
     * @param value 1 to 64
     * @return this builder
     */
    public Builder workers(int value) {
      if (value < 1 || value > MAX_WORKERS) {
        throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", was " + value);
      }
      this.workers = value;
      return this;
    }

    /**
     * Sets how many times the zip of a series is tried (default 4) before instance-level repair
     * or failure. Failures that cannot get better (HTTP 400/403/404, an unsafe zip, a full disk)
     * are not retried.
     *
     * @param value 1 to 20
     * @return this builder
     */
    public Builder maxAttempts(int value) {
      if (value < 1 || value > MAX_ATTEMPTS) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS + ", was " + value);
      }
      this.maxAttempts = value;
      return this;
    }

    /**
     * Turns instance-level repair on or off (default on): when a series' zip has failed every
     * attempt, its SOP Instance UIDs are listed, the instances already received are kept, and the
     * missing ones are fetched one by one ({@code getSingleImage}).
     *
     * @param value {@code false} to report such series as failed instead
     * @return this builder
     */
    public Builder repair(boolean value) {
      this.repair = value;
      return this;
    }

    /**
     * Writes the bulk metadata of the series complete after the run to a CSV file
     * ({@code csv_filename}; unlike Python, the name is used as given, no {@code .csv} is added and
     * no index column is written).
     *
     * <p>{@link Builder#build()} checks the path (not a directory, not the download folder, not
     * another output's file, its folder writable or creatable); if writing still fails at the end
     * of the run, the run's report says so in {@link DownloadReport#warnings()} and the other
     * outputs are written all the same.
     *
     * @param file the CSV file
     * @return this builder
     */
    public Builder metadataCsv(Path file) {
      this.metadataCsv = Objects.requireNonNull(file,
          "metadataCsv must not be null; pass a file name such as metadata.csv");
      return this;
    }

    /**
     * Puts the metadata of the series complete after the run into
     * {@link DownloadReport#metadata()} ({@code format="df"}).
     *
     * @param value {@code true} to include it
     * @return this builder
     */
    public Builder includeMetadata(boolean value) {
      this.includeMetadata = value;
      return this;
    }

    /**
     * Sets the listener that is told about progress.
     *
     * @param value the listener (thread-safe)
     * @return this builder
     */
    public Builder listener(DownloadListener value) {
      this.listener = Objects.requireNonNull(value,
          "listener must not be null; pass DownloadListener.NONE for no listener");
      return this;
    }

    /**
     * Writes the JSON receipt here at the end of the run.
     *
     * <p>{@link Builder#build()} checks the path (not a directory, not the download folder, not
     * another output's file, its folder writable or creatable); if writing still fails at the end
     * of the run, the run's report says so in {@link DownloadReport#warnings()} and the other
     * outputs are written all the same.
     *
     * @param file the file
     * @return this builder
     */
    public Builder receiptJson(Path file) {
      this.receiptJson = Objects.requireNonNull(file,
          "receiptJson must not be null; pass a file name such as receipt.json");
      return this;
    }

    /**
     * Writes the CSV receipt here at the end of the run (and the totals CSV next to it,
     * {@link DownloadReport#totalsCsvFile(Path)}).
     *
     * <p>{@link Builder#build()} checks the path (not a directory, not the download folder, not
     * another output's file, its folder writable or creatable); if writing still fails at the end
     * of the run, the run's report says so in {@link DownloadReport#warnings()} and the other
     * outputs are written all the same.
     *
     * @param file the file
     * @return this builder
     */
    public Builder receiptCsv(Path file) {
      this.receiptCsv = Objects.requireNonNull(file,
          "receiptCsv must not be null; pass a file name such as receipt.csv");
      return this;
    }

    /**
     * Overrides the client's read timeout for downloads: the longest pause between two reads of a
     * zip before the attempt is abandoned as stalled.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = positive(value, "readTimeout");
      return this;
    }

    /**
     * Sets the deadline of one zip attempt: {@code base} plus {@code perHundredMegabytes} for every
     * 100 MB of the series' {@code FileSize} (default 5 min + 1 min). A slow but steady stream that
     * passes the deadline is abandoned and retried.
     *
     * @param base the deadline of an empty series
     * @param perHundredMegabytes the time added per 100 MB
     * @return this builder
     */
    public Builder seriesTimeout(Duration base, Duration perHundredMegabytes) {
      this.seriesTimeoutBase = positive(base, "seriesTimeout base");
      Objects.requireNonNull(perHundredMegabytes,
          "seriesTimeout perHundredMegabytes must not be null; pass Duration.ZERO");
      if (perHundredMegabytes.isNegative()) {
        throw new IllegalArgumentException("seriesTimeout perHundredMegabytes must not be negative, was "
            + perHundredMegabytes);
      }
      this.seriesTimeoutPer100Mb = perHundredMegabytes;
      return this;
    }

    /**
     * Sets the deadline of one zip attempt when the metadata has no {@code FileSize} (default 30 min).
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder unknownSizeTimeout(Duration value) {
      this.unknownSizeTimeout = positive(value, "unknownSizeTimeout");
      return this;
    }

    /**
     * Sets the backoff between attempts: {@code initial} after the first failure, doubling up to
     * {@code max}, each wait shortened by a random share of up to 25 %. A {@code Retry-After}
     * from the server replaces the computed wait.
     *
     * @param initial the first wait, not negative
     * @param max the longest wait, not shorter than {@code initial}
     * @return this builder
     */
    public Builder retryDelay(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "retryDelay initial must not be null; pass a duration");
      Objects.requireNonNull(max, "retryDelay max must not be null; pass a duration");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("retryDelay needs 0 <= initial <= max, was " + initial + " and " + max);
      }
      this.retryInitialDelay = initial;
      this.retryMaxDelay = max;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     * @throws IllegalArgumentException when no series was added (naming the inputs that were
     *     empty), or when {@code metadataCsv}, {@code receiptJson} or {@code receiptCsv} cannot be
     *     written: a directory, the download folder, the same file as another output, or a folder
     *     that is not writable and cannot be created (naming the option)
     */
    public DownloadRequest build() {
      if (uids.isEmpty()) {
        throw new IllegalArgumentException("No series to download: "
            + (emptyInputs.isEmpty() ? "" : String.join("; ", emptyInputs) + ". ")
            + "Add UIDs with seriesUids(...), query results with series(...), a .tcia manifest with"
            + " manifest(...) or a CSV/JSON/text file with uidFile(...)");
      }
      OutputTargets targets = new OutputTargets(path);
      if (metadataCsv != null) {
        targets.check(metadataCsv, "metadataCsv");
      }
      if (receiptJson != null) {
        targets.check(receiptJson, "receiptJson");
      }
      if (receiptCsv != null) {
        targets.check(receiptCsv, "receiptCsv");
      }
      return new DownloadRequest(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, () -> name + " must not be null; pass a positive duration");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
      }
      return value;
    }
  }
}
