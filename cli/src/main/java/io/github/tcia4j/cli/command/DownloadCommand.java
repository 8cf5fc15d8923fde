package io.github.tcia4j.cli.command;

import io.github.tcia4j.cli.TciaCommand;
import io.github.tcia4j.cli.options.NonBlank;
import io.github.tcia4j.cli.options.ServerOptions;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadLayout;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.OverallStatus;
import io.github.tcia4j.nbia.model.Series;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tcia download}: downloads series ({@code tcia_utils downloadSeries}) with the engine of
 * {@code NbiaClient.startDownload}: streamed, MD5-verified, resumable, with progress and a
 * receipt, and an exit code that tells a complete run from a partial or failed one.
 */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Download series (downloadSeries): verified, resumable, with progress and a receipt.",
    description = {
        "Download DICOM series (tcia_utils downloadSeries). Each series is streamed",
        "to disk, every file is checked against the server's MD5 hashes, and the",
        "series folder (or zip) appears under its final name only when complete.",
        "Series already complete on disk are skipped, so running the same command",
        "again resumes an interrupted or partial download and fetches only what is",
        "missing.",
        "",
        "Give the series one way: Series Instance UIDs as arguments, --manifest FILE",
        "(a manifest from the TCIA portal), --from FILE (a CSV or JSON export with a",
        "SeriesInstanceUID column, JSON Lines, or one UID per line), or a query",
        "(--collection, --patient, --study, --modality, --body-part, --manufacturer,",
        "--model; getSeries).",
        "",
        "On a terminal a progress bar shows megabytes against the series' FileSize",
        "and finished/total series, with one line per finished series above it;",
        "otherwise (a pipe, a log, --no-progress) one plain line per finished series:",
        "status, UID, images, size, attempts, seconds. A summary ends the run.",
        "Ctrl-C cancels cleanly: complete series stay, unfinished ones are removed,",
        "and the exit code is 3.",
        ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:complete: every series is on disk and verified (downloaded now or already present)",
        "1:the download could not start: a query before it failed (e.g. --collection against an unreachable"
            + " server) or another download holds the folder",
        "2:bad command line or input (unreadable file, malformed UID, bad --layout, a query matching nothing)",
        "3:partial: some series failed or were cancelled (Ctrl-C); the others are complete",
        "4:failed: no series is complete (e.g. the server cannot be reached)"},
    footerHeading = "%nReceipts:%n",
    footer = {
        "--receipt FILE writes the receipt in both formats: the name given keeps the",
        "format of its extension, the other format goes next to it, and the totals",
        "of the CSV go into a second small CSV:",
        "  run.json -> run.json + run.csv + run.totals.csv",
        "  run.csv  -> run.csv + run.totals.csv + run.json",
        "  run      -> run (JSON) + run.csv + run.totals.csv",
        "One entry per series: status, location, bytes, images, MD5 result, attempts,",
        "HTTP requests, duration, collection, licence, DOI, warnings, error. The JSON",
        "adds the totals; the CSV keeps one row per series (pandas reads it as is)",
        "and run.totals.csv holds one row: series per status, bytes, images, bytes",
        "received, duration."})
public final class DownloadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "UID", arity = "0..*", description = "Series Instance UIDs to download.")
  List<String> uids = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "FILE", description = "Download the series of a .tcia manifest.")
  Path manifest;

  @Option(names = "--from", paramLabel = "FILE",
      description = "Download the series listed in FILE: CSV or JSON with a SeriesInstanceUID column (as tcia4j"
          + " or pandas write them), JSON Lines, or one UID per line.")
  Path from;

  @Option(names = "--collection", converter = NonBlank.class, paramLabel = "NAME", description = "Query: series of this collection.")
  String collection;

  @Option(names = "--patient", converter = NonBlank.class, paramLabel = "ID", description = "Query: series of this patient (PatientID).")
  String patient;

  @Option(names = "--study", converter = NonBlank.class, paramLabel = "UID", description = "Query: series of this study (StudyInstanceUID).")
  String study;

  @Option(names = "--modality", converter = NonBlank.class, paramLabel = "MODALITY", description = "Query: only this modality, e.g. CT.")
  String modality;

  @Option(names = "--body-part", converter = NonBlank.class, paramLabel = "PART", description = "Query: only this body part, e.g. CHEST.")
  String bodyPart;

  @Option(names = "--manufacturer", converter = NonBlank.class, paramLabel = "NAME", description = "Query: only this manufacturer.")
  String manufacturer;

  @Option(names = "--model", converter = NonBlank.class, paramLabel = "NAME", description = "Query: only this model (ManufacturerModelName).")
  String model;

  @Option(names = "--path", paramLabel = "DIR", defaultValue = "tciaDownload",
      description = "Download folder (default: ${DEFAULT-VALUE}); created when missing.")
  Path path;

  @Option(names = "--layout", paramLabel = "flat|TEMPLATE", defaultValue = "flat",
      description = "Where series go in the folder: flat (default, as tcia_utils: DIR/<SeriesInstanceUID>/) or a"
          + " template of metadata placeholders, e.g."
          + " '{Collection}/{PatientID}/{StudyInstanceUID}/{Modality}_{SeriesInstanceUID}'.")
  String layout;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "" + DownloadRequest.DEFAULT_WORKERS,
      description = "Series downloaded at once (default: ${DEFAULT-VALUE}, the bounded pool the TCIA API"
          + " reference advises; tcia_utils uses 10; 1 to " + DownloadRequest.MAX_WORKERS + ").")
  int workers;

  @Option(names = "--number", paramLabel = "N", defaultValue = "0",
      description = "Download only the first N series not yet on disk (tcia_utils number; default: all).")
  int number;

  @Option(names = "--zip", description = "Keep each series as DIR/<SeriesInstanceUID>.zip instead of a folder.")
  boolean zip;

  @Option(names = "--no-verify", description = "Do not compare the files with the server's MD5 hashes (on by default).")
  boolean noVerify;

  @Option(names = "--attempts", paramLabel = "N", defaultValue = "" + DownloadRequest.DEFAULT_MAX_ATTEMPTS,
      description = "Zip downloads tried per series before instance-level repair (default: ${DEFAULT-VALUE}).")
  int attempts;

  @Option(names = "--no-repair",
      description = "Report a series whose zip keeps failing as failed instead of fetching its images one by one.")
  boolean noRepair;

  @Option(names = "--receipt", paramLabel = "FILE",
      description = "Write a receipt of the run as JSON and CSV (see Receipts below).")
  Path receipt;

  @Option(names = "--metadata", paramLabel = "FILE",
      description = "Write the metadata of the downloaded series to a CSV file (tcia_utils csv_filename).")
  Path metadata;

  @Option(names = "--no-progress", description = "No progress bar, even on a terminal: plain lines only.")
  boolean noProgress;

  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DownloadLayout chosenLayout = checkOptions();
    DownloadRequest.Builder request = DownloadRequest.builder();
    SeriesQuery query = query();
    if (manifest != null) {
      request.manifest(requireFile(manifest, "--manifest"));
    } else if (from != null) {
      request.uidFile(requireFile(from, "--from"));
    } else if (!uids.isEmpty()) {
      request.seriesUids(uids);
    }
    request.path(path).layout(chosenLayout).workers(workers).number(number).asZip(zip).verifyMd5(!noVerify)
        .maxAttempts(attempts).repair(!noRepair);
    if (receipt != null) {
      ReceiptFiles files = ReceiptFiles.of(receipt);
      request.receiptJson(files.json()).receiptCsv(files.csv());
    }
    if (metadata != null) {
      request.metadataCsv(metadata);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DownloadDisplay display = System.console() != null && !noProgress
        ? new DownloadBars(new TerminalLine(out, TerminalLine.detectWidth()), workers, 500)
        : new DownloadLines(out, workers);
    boolean standalone = spec.root().userObject() instanceof TciaCommand root && root.standalone();
    try (ShutdownCancel guard = ShutdownCancel.install(err, standalone)) {
      int code;
      try (ServerOptions.Connection connection = server.open()) {
        if (!query.isEmpty()) {
          List<Series> found = connection.nbia().getSeries(query);
          if (found.isEmpty()) {
            throw new IllegalArgumentException("The query matched no series (" + describe(query)
                + "); check the values with 'tcia values' or 'tcia series'");
          }
          request.series(found);
        }
        DownloadRequest built = request.listener(display).build();
        DownloadReport report;
        try (DownloadJob job = connection.nbia().startDownload(built)) {
          guard.watch(job);
          report = job.await();
        } catch (RuntimeException e) {
          display.abandon();
          throw e;
        }
        display.finish(report);
        printOutputs(report, built, out, spec.commandLine().getErr());
        if (!report.problems().isEmpty() && report.overall() != OverallStatus.COMPLETE) {
          out.println(report.problems().size() + " series not complete; run the same command again to retry them"
              + " (complete series are skipped)");
        }
        out.flush();
        code = exitCode(report, guard.triggered());
      }
      guard.exitCode(code);
      return code;
    }
  }

  /**
   * Prints the run's own warnings (e.g. a receipt that could not be written) to standard error and
   * names the receipt files that were written.
   *
   * @param report the report
   * @param request the request, for the receipt paths
   * @param out standard output
   * @param err standard error
   */
  static void printOutputs(DownloadReport report, DownloadRequest request, PrintWriter out, PrintWriter err) {
    for (String warning : report.warnings()) {
      err.println("tcia: warning: " + warning);
    }
    List<Path> receipts = new ArrayList<>();
    request.receiptJson().ifPresent(receipts::add);
    request.receiptCsv().ifPresent(csv -> {
      receipts.add(csv);
      receipts.add(DownloadReport.totalsCsvFile(csv));
    });
    List<String> written = receipts.stream().filter(Files::isRegularFile).map(Path::toString).toList();
    if (!written.isEmpty()) {
      out.println("Receipt: " + String.join(", ", written));
    }
    err.flush();
  }

  /**
   * Maps a report to the exit code: {@link TciaCommand#OK} when every series is complete,
   * {@link TciaCommand#PARTIAL} when the run was cancelled or some series failed,
   * {@link TciaCommand#DOWNLOAD_FAILED} when no series is complete (and nothing was cancelled).
   *
   * @param report the report
   * @param interrupted whether the run was cancelled by a signal
   * @return the exit code
   */
  static int exitCode(DownloadReport report, boolean interrupted) {
    OverallStatus overall = report.overall();
    if (overall == OverallStatus.COMPLETE) {
      return TciaCommand.OK;
    }
    if (interrupted || report.totals().cancelled() > 0) {
      return TciaCommand.PARTIAL;
    }
    return overall == OverallStatus.PARTIAL ? TciaCommand.PARTIAL : TciaCommand.DOWNLOAD_FAILED;
  }

  private DownloadLayout checkOptions() {
    List<String> kinds = new ArrayList<>();
    if (!uids.isEmpty()) {
      kinds.add("UID arguments");
    }
    if (manifest != null) {
      kinds.add("--manifest");
    }
    if (from != null) {
      kinds.add("--from");
    }
    if (!query().isEmpty()) {
      kinds.add("query options (" + String.join(", ", queryOptions()) + ")");
    }
    if (kinds.size() != 1) {
      throw new ParameterException(spec.commandLine(), "Give the series one way: Series Instance UIDs as arguments,"
          + " --manifest FILE, --from FILE, or query options (--collection, --patient, --study, --modality,"
          + " --body-part, --manufacturer, --model); " + (kinds.isEmpty() ? "got none" : "got " + String.join(" and ",
              kinds)));
    }
    if (workers < 1 || workers > DownloadRequest.MAX_WORKERS) {
      throw new ParameterException(spec.commandLine(), "--workers must be between 1 and "
          + DownloadRequest.MAX_WORKERS + ", was " + workers);
    }
    if (number < 0) {
      throw new ParameterException(spec.commandLine(), "--number must be 0 (all) or positive, was " + number);
    }
    if (attempts < 1 || attempts > DownloadRequest.MAX_ATTEMPTS) {
      throw new ParameterException(spec.commandLine(), "--attempts must be between 1 and "
          + DownloadRequest.MAX_ATTEMPTS + ", was " + attempts);
    }
    if (layout.strip().toLowerCase(Locale.ROOT).equals("flat")) {
      return DownloadLayout.flat();
    }
    try {
      return DownloadLayout.template(layout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--layout: " + e.getMessage()
          + " Or use --layout flat (the default).", e, null, layout);
    }
  }

  private Path requireFile(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), option + ": no such file: " + file.toAbsolutePath());
    }
    return file;
  }

  private SeriesQuery query() {
    return SeriesQuery.collection(collection).withPatientId(patient).withStudyUid(study).withModality(modality)
        .withBodyPart(bodyPart).withManufacturer(manufacturer).withManufacturerModel(model);
  }

  private List<String> queryOptions() {
    List<String> names = new ArrayList<>();
    SeriesQuery q = query();
    q.collection().ifPresent(v -> names.add("--collection"));
    q.patientId().ifPresent(v -> names.add("--patient"));
    q.studyUid().ifPresent(v -> names.add("--study"));
    q.modality().ifPresent(v -> names.add("--modality"));
    q.bodyPart().ifPresent(v -> names.add("--body-part"));
    q.manufacturer().ifPresent(v -> names.add("--manufacturer"));
    q.manufacturerModel().ifPresent(v -> names.add("--model"));
    return names;
  }

  private String describe(SeriesQuery q) {
    List<String> parts = new ArrayList<>();
    q.collection().ifPresent(v -> parts.add("--collection " + v));
    q.patientId().ifPresent(v -> parts.add("--patient " + v));
    q.studyUid().ifPresent(v -> parts.add("--study " + v));
    q.modality().ifPresent(v -> parts.add("--modality " + v));
    q.bodyPart().ifPresent(v -> parts.add("--body-part " + v));
    q.manufacturer().ifPresent(v -> parts.add("--manufacturer " + v));
    q.manufacturerModel().ifPresent(v -> parts.add("--model " + v));
    return String.join(" ", parts);
  }
}
