package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.common.table.DiskSpace;
import io.github.tcia4j.nbia.download.DownloadJob;
import io.github.tcia4j.nbia.download.DownloadPlan;
import io.github.tcia4j.nbia.download.DownloadReport;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a download: reads the bulk metadata once, decides per series whether it is already
 * complete (its completion record), applies {@code number}, tells the listener the plan, runs the
 * series on a pool of {@code workers} threads, and writes the metadata CSV and the receipts.
 * Unknown series are reported as failed, never dropped. One INFO line per series outcome and a
 * summary line are logged.
 */
public final class DownloadEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DownloadEngine.class);
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final DownloadSession session;
  private final DownloadRequest request;

  private DownloadEngine(DownloadSession session) {
    this.session = session;
    this.request = session.request();
  }

  /**
   * Starts a download in the background. The download folder is created and locked before this
   * returns, so a folder that cannot be written, or is in use by another run, fails here.
   *
   * @param request what to download
   * @param endpoints the download requests and their transport
   * @param catalog the metadata queries
   * @param clock the clock for timestamps
   * @param sleeper what waits between attempts
   * @param onEnd run when the download has ended (closes the download transport)
   * @return the running job
   * @throws TciaException when the download folder cannot be created or is locked by another run
   */
  public static DownloadJob start(DownloadRequest request, DownloadEndpoints endpoints, SeriesCatalog catalog,
      Clock clock, Sleeper sleeper, Runnable onEnd) {
    DownloadSession session = new DownloadSession(request, endpoints, catalog, clock, sleeper,
        () -> ThreadLocalRandom.current().nextDouble());
    RootLock lock;
    try {
      lock = RootLock.acquire(session.root());
    } catch (RuntimeException e) {
      session.close();
      onEnd.run();
      throw e;
    }
    int run = RUNS.incrementAndGet();
    ExecutorService workers = Executors.newFixedThreadPool(request.workers(), daemon("tcia4j-download-" + run + "-"));
    CompletableFuture<DownloadReport> future = new CompletableFuture<>();
    Thread coordinator = new Thread(() -> {
      DownloadReport report = null;
      Throwable failure = null;
      try {
        report = new DownloadEngine(session).execute(workers);
      } catch (Throwable t) {
        failure = t;
        session.cancel();
      } finally {
        stop(workers);
        session.close();
        lock.close();
        onEnd.run();
      }
      if (failure == null) {
        future.complete(report);
      } else {
        future.completeExceptionally(failure);
      }
    }, "tcia4j-download-" + run);
    coordinator.setDaemon(true);
    coordinator.start();
    return new RunningDownload(session, future);
  }

  private DownloadReport execute(ExecutorService workers) {
    Instant startTime = session.clock().instant();
    long startNanos = System.nanoTime();
    List<String> uids = request.seriesUids();
    Map<String, SeriesMetadata> metadata = new HashMap<>();
    Map<String, String> metadataErrors = readMetadata(uids, metadata);
    Map<String, SeriesOutcome> done = new LinkedHashMap<>();
    List<SeriesTarget> candidates = new ArrayList<>();
    for (String uid : uids) {
      SeriesTarget target = target(uid, Optional.ofNullable(metadata.get(uid)),
          Optional.ofNullable(metadataErrors.get(uid)));
      RecordCheck check = target.check(request.deepCheck());
      if (check.complete()) {
        done.put(uid, present(target, check.record().orElseThrow()));
      } else {
        if (!check.reason().equals("not on disk")) {
          LOG.info("Series {} at {} is not complete ({}); it will be downloaded again", uid, target.location(),
              check.reason());
        }
        candidates.add(target);
      }
    }
    if (request.number() > 0 && candidates.size() > request.number()) {
      LOG.info("Downloading the first {} of {} series not yet on disk (number={})", request.number(),
          candidates.size(), request.number());
      candidates = candidates.subList(0, request.number());
    }
    List<SeriesTarget> tasks = new ArrayList<>();
    List<String> layoutFields = request.layout().metadataFields();
    for (SeriesTarget target : candidates) {
      if (target.metadata().isPresent() || session.cancelled()) {
        tasks.add(target);
      } else if (target.metadataProblem().isEmpty()) {
        done.put(target.seriesUid(), unknown(target, "the server does not know this series (getSeriesMetadata gave"
            + " no row): check the UID, and whether it lives on another server (NLST series are on the NLST server)"));
      } else if (!layoutFields.isEmpty()) {
        done.put(target.seriesUid(), unknown(target, "the series metadata could not be read ("
            + target.metadataProblem().get() + "), and the layout '" + request.layout().pattern().orElse("")
            + "' needs " + layoutFields.stream().map(f -> "{" + f + "}").collect(Collectors.joining(", "))
            + " from it: run again later, or use the flat layout, which needs no metadata"));
      } else {
        tasks.add(target);
      }
    }
    DownloadPlan plan = plan(tasks, done);
    LOG.info("Download of {} series into {}: {} to fetch ({} expected), {} already present", plan.seriesCount(),
        plan.root(), plan.toDownload(), DiskSpace.format(plan.expectedBytes()), plan.alreadyPresent());
    session.listener().started(plan);
    for (SeriesOutcome outcome : done.values()) {
      finished(outcome);
    }
    Map<String, CompletableFuture<SeriesOutcome>> running = new HashMap<>();
    for (SeriesTarget target : tasks) {
      running.put(target.seriesUid(), CompletableFuture.supplyAsync(() -> {
        SeriesOutcome outcome = new SeriesTask(session, target).run();
        finished(outcome);
        return outcome;
      }, workers));
    }
    List<SeriesOutcome> outcomes = new ArrayList<>();
    for (String uid : uids) {
      if (done.containsKey(uid)) {
        outcomes.add(done.get(uid));
      } else if (running.containsKey(uid)) {
        outcomes.add(running.get(uid).join());
      }
    }
    List<SeriesMetadata> rows = new ArrayList<>();
    if (request.includeMetadata() || request.metadataCsv().isPresent()) {
      for (SeriesOutcome o : outcomes) {
        if (o.status().isComplete() && metadata.containsKey(o.seriesInstanceUid())) {
          rows.add(metadata.get(o.seriesInstanceUid()));
        }
      }
    }
    DownloadReport report = DownloadReport.of(outcomes, startTime, Duration.ofNanos(System.nanoTime() - startNanos),
        request.includeMetadata() ? rows : List.of());
    LOG.info("{}; {} received, {} on disk in {}", report.summary(), DiskSpace.format(report.totals().bytesReceived()),
        DiskSpace.format(report.totals().bytes()), plan.root());
    DownloadReport written = writeOutputs(report, rows);
    session.listener().finished(written);
    return written;
  }

  /**
   * Writes the metadata CSV and the receipts, each on its own: one that fails (a folder created
   * at its path during the run, a full disk, a permission taken away) is logged and becomes a
   * warning of the report, and the others are still written. The receipts written after a
   * failure carry its warning.
   */
  private DownloadReport writeOutputs(DownloadReport report, List<SeriesMetadata> rows) {
    DownloadReport current = report;
    Optional<Path> metadataCsv = request.metadataCsv();
    if (metadataCsv.isPresent()) {
      current = write(current, "metadataCsv", metadataCsv.get(),
          file -> Export.write(rows, SeriesMetadata.class, TableFormat.CSV, file));
    }
    Optional<Path> json = request.receiptJson();
    if (json.isPresent()) {
      DownloadReport r = current;
      current = write(current, "receiptJson", json.get(), r::writeJson);
    }
    Optional<Path> csv = request.receiptCsv();
    if (csv.isPresent()) {
      DownloadReport r = current;
      current = write(current, "receiptCsv", csv.get(), r::writeCsv);
    }
    return current;
  }

  private static DownloadReport write(DownloadReport report, String option, Path file,
      Consumer<Path> writer) {
    try {
      writer.accept(file);
      return report;
    } catch (RuntimeException e) {
      String warning = option + " " + file + " could not be written: "
          + (e.getMessage() == null ? e.toString() : e.getMessage());
      LOG.warn("Download finished, but {}", warning, e);
      return report.withWarning(warning);
    }
  }

  /**
   * Reads the bulk metadata in chunks of {@link SeriesCatalog#metadataChunkSize()}. A chunk that
   * fails (after the transport's own retries), for whatever reason (a {@code TciaException}, or any
   * other exception of the query, such as an argument check), costs only its own series their
   * metadata: they are returned with the error, and the other chunks are still read.
   *
   * @param uids the series of the run
   * @param metadata receives the rows by Series Instance UID
   * @return the error message per series whose chunk failed
   */
  private Map<String, String> readMetadata(List<String> uids, Map<String, SeriesMetadata> metadata) {
    Map<String, String> errors = new HashMap<>();
    int size = Math.max(1, session.catalog().metadataChunkSize());
    int chunks = (uids.size() + size - 1) / size;
    session.enter();
    try {
      for (int i = 0; i < chunks && !session.cancelled(); i++) {
        List<String> chunk = uids.subList(i * size, Math.min(uids.size(), (i + 1) * size));
        try {
          for (SeriesMetadata m : session.catalog().metadata(chunk)) {
            if (m.seriesInstanceUid() != null) {
              metadata.putIfAbsent(m.seriesInstanceUid(), m);
            }
          }
        } catch (RuntimeException e) {
          if (session.cancelled()) {
            break;
          }
          String reason = e instanceof TciaException ? String.valueOf(e.getMessage())
              : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
          String message = chunks > 1 ? "getSeriesMetadata failed for chunk " + (i + 1) + " of " + chunks + " ("
              + chunk.size() + " series): " + reason : reason;
          if (e instanceof TciaException) {
            LOG.warn("Reading the metadata of {} series failed: {}", chunk.size(), message);
          } else {
            LOG.warn("Reading the metadata of {} series failed unexpectedly: {}", chunk.size(), message, e);
          }
          for (String uid : chunk) {
            errors.put(uid, message);
          }
        }
      }
    } finally {
      session.exit();
    }
    return errors;
  }

  private SeriesTarget target(String uid, Optional<SeriesMetadata> metadata, Optional<String> metadataProblem) {
    Path folder = session.root().resolve(request.layout().relativeFolder(uid, metadata));
    Path location = request.asZip() ? folder.resolveSibling(folder.getFileName() + ".zip") : folder;
    return new SeriesTarget(uid, metadata, location, request.asZip(), metadataProblem);
  }

  private DownloadPlan plan(List<SeriesTarget> tasks, Map<String, SeriesOutcome> done) {
    long bytes = 0;
    long images = 0;
    int unknownSize = 0;
    for (SeriesTarget t : tasks) {
      if (t.fileSize() == null || t.imageCount() == null) {
        unknownSize++;
      }
      bytes += t.fileSize() == null ? 0 : t.fileSize();
      images += t.imageCount() == null ? 0 : t.imageCount();
    }
    int present = (int) done.values().stream().filter(o -> o.status() == SeriesStatus.ALREADY_PRESENT).count();
    return new DownloadPlan(session.root(), tasks.size() + done.size(), tasks.size(), present, bytes, images,
        unknownSize);
  }

  private SeriesOutcome present(SeriesTarget target, SeriesRecord record) {
    long bytes = record.zip().map(SeriesRecord.ZipInfo::size).orElse(record.totalBytes());
    Optional<SeriesMetadata> m = target.metadata();
    return new SeriesOutcome(target.seriesUid(), SeriesStatus.ALREADY_PRESENT, target.location(), bytes,
        record.imageCount(), target.imageCount(), record.md5Verified() ? Md5Check.VERIFIED : Md5Check.NOT_CHECKED,
        0, Duration.ZERO, m.map(SeriesMetadata::collection).orElse(null),
        m.map(SeriesMetadata::licenseName).orElse(null), m.map(SeriesMetadata::licenseUri).orElse(null),
        m.map(SeriesMetadata::dataDescriptionUri).orElse(null), record.warnings(), null, 0, 0);
  }

  private static SeriesOutcome unknown(SeriesTarget target, String error) {
    return new SeriesOutcome(target.seriesUid(), SeriesStatus.FAILED, target.location(), 0, 0, null,
        Md5Check.NOT_CHECKED, 0, Duration.ZERO, null, null, null, null, List.of(), error, 0, 0);
  }

  private void finished(SeriesOutcome o) {
    switch (o.status()) {
      case FAILED -> LOG.warn("Series {}: FAILED ({} attempts): {}", o.seriesInstanceUid(), o.attempts(), o.error());
      case CANCELLED -> LOG.info("Series {}: CANCELLED", o.seriesInstanceUid());
      default -> LOG.info("Series {}: {} ({} images, {}, MD5 {}, {} attempts{}) at {}", o.seriesInstanceUid(),
          o.status(), o.images(), DiskSpace.format(o.bytes()), o.md5(), o.attempts(),
          o.warnings().isEmpty() ? "" : ", warnings: " + String.join("; ", o.warnings()), o.location());
    }
    session.listener().seriesFinished(o);
  }

  /** Stops the workers and waits for them, so that none writes after the folder lock is released. */
  private static void stop(ExecutorService workers) {
    workers.shutdownNow();
    try {
      if (!workers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
        LOG.warn("Download workers did not stop within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
