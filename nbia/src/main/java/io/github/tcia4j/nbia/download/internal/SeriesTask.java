package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesOutcome;
import io.github.tcia4j.nbia.download.SeriesStatus;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one series: up to {@code maxAttempts} streamed zip attempts with backoff, each
 * extracted into {@code <target>.part-<random>}, verified, given its completion record and
 * renamed into place; then, if every attempt failed for a reason another try could fix,
 * instance-level repair ({@link SeriesRepair}). Temporary files of this run and leftovers of
 * killed runs are removed whatever happens.
 */
public final class SeriesTask {
  private static final Logger LOG = LoggerFactory.getLogger(SeriesTask.class);
  private static final int BUFFER = 64 * 1024;

  private final DownloadSession session;
  private final DownloadRequest request;
  private final SeriesTarget target;
  private final String uid;
  private final AtomicLong received = new AtomicLong();
  private final List<String> warnings = new ArrayList<>();
  private final long startNanos = System.nanoTime();
  private int attempts;
  private int httpRequests;
  private Salvage salvage;

  /**
   * Creates the task.
   *
   * @param session the run
   * @param target the series and where it goes
   */
  public SeriesTask(DownloadSession session, SeriesTarget target) {
    this.session = session;
    this.request = session.request();
    this.target = target;
    this.uid = target.seriesUid();
  }

  /**
   * Runs the download of the series to its end.
   *
   * @return the outcome (never throws for a failed series)
   */
  public SeriesOutcome run() {
    List<Path> leftovers = SeriesFiles.leftovers(target.location());
    session.enter();
    try {
      return download(leftovers);
    } catch (CancelledException e) {
      return outcome(SeriesStatus.CANCELLED, 0, 0, Md5Check.NOT_CHECKED, "cancelled before the series was complete");
    } catch (RuntimeException e) {
      if (session.cancelled()) {
        return outcome(SeriesStatus.CANCELLED, 0, 0, Md5Check.NOT_CHECKED, "cancelled before the series was complete");
      }
      LOG.warn("Series {} failed unexpectedly", uid, e);
      return outcome(SeriesStatus.FAILED, 0, 0, Md5Check.NOT_CHECKED, "unexpected failure: " + e);
    } finally {
      if (salvage != null) {
        salvage.delete();
      }
      leftovers.forEach(SeriesFiles::deleteTree);
      session.exit();
    }
  }

  private SeriesOutcome download(List<Path> leftovers) {
    session.checkCancelled();
    target.metadataProblem().ifPresent(problem -> warnings.add("the series metadata could not be read (" + problem
        + "), so the ImageCount and FileSize checks were skipped"));
    SeriesFiles.createFolders(session.root(), target.location().getParent());
    Optional<SeriesOutcome> resumed = resume(leftovers);
    if (resumed.isPresent()) {
      return resumed.get();
    }
    boolean countMismatchSeen = false;
    RuntimeException last = null;
    Md5Check lastMd5 = Md5Check.NOT_CHECKED;
    int maxAttempts = request.maxAttempts();
    int before = attempts;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      session.checkCancelled();
      attempts = before + attempt;
      session.listener().seriesStarted(uid, orMinus(target.fileSize()), (int) orMinus(target.imageCount()), attempts);
      try {
        return zipAttempt(countMismatchSeen);
      } catch (CancelledException e) {
        throw e;
      } catch (RuntimeException e) {
        if (session.cancelled()) {
          throw new CancelledException();
        }
        if (e instanceof NeedsMd5Endpoint) {
          attempt--;
          continue;
        }
        last = e;
        lastMd5 = e instanceof VerificationException v && v.kind() == VerificationException.Kind.MD5_MISMATCH
            ? Md5Check.MISMATCH : Md5Check.NOT_CHECKED;
        boolean countMismatch = e instanceof VerificationException v && v.kind() == VerificationException.Kind.COUNT;
        if (countMismatch && countMismatchSeen) {
          LOG.debug("Series {} attempt {}: the count mismatch repeated without MD5 verification: {}", uid, attempt,
              e.getMessage());
          break;
        }
        countMismatchSeen |= countMismatch;
        if (!Retries.isTransient(e)) {
          LOG.debug("Series {} attempt {} failed for good: {}", uid, attempt, e.getMessage());
          break;
        }
        if (attempt < maxAttempts) {
          Duration wait = retryAfter(e).orElseGet(() -> session.backoff(attempts));
          LOG.debug("Series {} attempt {} of {} failed ({}); retrying in {} ms", uid, attempt, maxAttempts,
              e.getMessage(), wait.toMillis());
          session.pause(wait);
        } else {
          LOG.debug("Series {} attempt {} of {} failed: {}", uid, attempt, maxAttempts, e.getMessage());
        }
      }
    }
    String error = (attempts > 1 ? "failed after " + attempts + " attempts: " : "") + describe(last);
    if (request.repair() && Retries.isTransient(last)) {
      List<Path> sources = new ArrayList<>(leftovers);
      if (!target.asZip() && Files.isDirectory(target.location(), LinkOption.NOFOLLOW_LINKS)) {
        sources.add(target.location());
      }
      SeriesRepair repair = new SeriesRepair(session, target, received, salvage, sources);
      session.listener().seriesStarted(uid, orMinus(target.fileSize()), (int) orMinus(target.imageCount()),
          attempts + 1);
      try {
        SeriesRepair.Result r = repair.run();
        warnings.add("the series zip failed (" + describe(last) + "); " + r.fetched() + " of " + r.images()
            + " instances were fetched one by one");
        warnings.addAll(r.warnings());
        return outcome(SeriesStatus.REPAIRED, r.bytes(), r.images(), r.md5(), null);
      } catch (CancelledException e) {
        throw e;
      } catch (RuntimeException e) {
        if (session.cancelled()) {
          throw new CancelledException();
        }
        LOG.debug("Repair of series {} failed: {}", uid, e.getMessage());
        return outcome(SeriesStatus.FAILED, 0, 0, lastMd5, error + "; instance-level repair failed too: "
            + describe(e));
      }
    }
    return outcome(SeriesStatus.FAILED, 0, 0, lastMd5, error);
  }

  /**
   * Resumes a series that an earlier, interrupted run left partly on disk in its temporary
   * folders ({@code .part-*}, {@code .old-*}; an incomplete folder under the final name is not a
   * resume but a folder to replace, and feeds only the repair after failed zips): when they hold
   * at least half of the series' instances (by the SOP Instance UID in their headers, at least
   * one), the instances that pass the checks (DICOM preamble, SOP Instance UID of the series, MD5
   * equal to {@code getMD5HashForImage}) are kept and only the missing ones are fetched with
   * {@code getSingleImage}. With fewer present, one zip is cheaper than many single requests, and
   * the zip is fetched as before. A resume that fails falls back to the zip.
   *
   * @param sources the temporary folders of earlier runs
   * @return the outcome of a successful resume; empty when the zip is to be fetched
   */
  private Optional<SeriesOutcome> resume(List<Path> sources) {
    if (!request.repair() || !Leftovers.mayHoldInstances(sources)) {
      return Optional.empty();
    }
    List<String> sops;
    try {
      sops = session.catalog().sopInstanceUids(uid);
    } catch (TciaException e) {
      if (session.cancelled()) {
        throw new CancelledException();
      }
      LOG.debug("Series {}: listing its instances to resume failed ({}); downloading the zip", uid, e.getMessage());
      return Optional.empty();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String sop : sops) {
      if (PathNames.isUid(sop)) {
        wanted.add(sop);
      }
    }
    int needed = Math.max(1, (wanted.size() + 1) / 2);
    int present = Leftovers.countInstances(sources, wanted, needed, session::checkCancelled);
    if (wanted.isEmpty() || present < needed) {
      LOG.info("Series {}: an interrupted run left {} of its {} instances; downloading the zip", uid, present,
          wanted.size());
      return Optional.empty();
    }
    attempts = 1;
    session.listener().seriesStarted(uid, orMinus(target.fileSize()), (int) orMinus(target.imageCount()), attempts);
    try {
      SeriesRepair.Result r = new SeriesRepair(session, target, received, null, sources).run(wanted);
      warnings.add("resumed an interrupted download: " + (r.images() - r.fetched()) + " of " + r.images()
          + " instances were already on disk, " + r.fetched() + " were fetched one by one");
      warnings.addAll(r.warnings());
      return Optional.of(outcome(SeriesStatus.REPAIRED, r.bytes(), r.images(), r.md5(), null));
    } catch (CancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      if (session.cancelled()) {
        throw new CancelledException();
      }
      LOG.info("Series {}: resuming from the files of an interrupted run failed ({}); downloading the zip", uid,
          describe(e));
      warnings.add("resuming from the files of an interrupted run failed (" + describe(e) + "); the zip was"
          + " downloaded instead");
      return Optional.empty();
    }
  }

  /** One streamed zip attempt; returns the outcome on success. */
  private SeriesOutcome zipAttempt(boolean acceptCountMismatch) {
    boolean verify = request.verifyMd5();
    String endpoint = session.endpoints().zipEndpoint(verify);
    HttpCall call = session.endpoints().seriesZip(uid, verify, request.readTimeout().orElse(null));
    HttpResult result;
    try {
      result = session.send(call, endpoint);
    } catch (TciaBadRequestException e) {
      httpRequests += Math.max(1, e.attempts());
      if (verify && endpoint.equals(DownloadEndpoints.GET_IMAGE) && e.bodySnippet().contains("IncludeMD5")) {
        if (session.endpoints().useMd5Endpoint()) {
          LOG.info("The server does not know getImage's IncludeMD5 parameter; verified downloads use {} from now on",
              DownloadEndpoints.GET_IMAGE_WITH_MD5);
        }
        throw new NeedsMd5Endpoint();
      }
      throw e;
    } catch (TciaException e) {
      httpRequests += Math.max(1, e.attempts());
      throw e;
    }
    httpRequests += result.attempts();
    Duration deadline = request.seriesTimeout(target.fileSize());
    AtomicBoolean deadlinePassed = new AtomicBoolean();
    ScheduledFuture<?> timer = session.deadline(result, deadline, deadlinePassed);
    ByteProgress progress = new ByteProgress(uid, session.listener(), received);
    Path temp = SeriesFiles.sibling(target.location(), SeriesFiles.PART);
    List<ExtractedFile> completed = new ArrayList<>();
    SeriesZipReader.Contents contents = null;
    boolean installed = false;
    try {
      ZipCopy copy = target.asZip() ? ZipCopy.create(temp) : null;
      if (copy == null) {
        createFolder(temp);
      }
      try {
        BodyTap tap = new BodyTap(new BufferedInputStream(result.body(), BUFFER), progress,
            copy == null ? null : copy.out, temp);
        ExpansionLimits limits = ExpansionLimits.forSeries(target.imageCount(), target.fileSize());
        contents = SeriesZipReader.read(tap, copy == null ? temp : null, limits, file -> {
          completed.add(file);
          session.listener().fileWritten(uid, file.name(), file.size());
        });
        String sha256 = copy == null ? null : copy.finish();
        timer.cancel(false);
        ZipChecks.Verified verified = ZipChecks.verify(contents, target.imageCount(), verify, acceptCountMismatch);
        warnings.addAll(verified.warnings());
        SeriesRecord record = record(contents, verified, call.redactedUri(), sha256, SeriesStatus.DOWNLOADED);
        install(temp, record);
        installed = true;
        int images = contents.dicomCount();
        long bytes = target.asZip() ? contents.zipBytes() : record.totalBytes();
        return outcome(SeriesStatus.DOWNLOADED, bytes, images, verified.md5(), null);
      } finally {
        if (copy != null) {
          copy.abandon();
        }
      }
    } catch (NetworkReadException e) {
      throw streamFailure(e, deadlinePassed.get(), deadline, progress);
    } finally {
      timer.cancel(false);
      session.release(result);
      progress.flush();
      if (!installed) {
        keepOrDelete(temp, completed, contents);
      }
    }
  }

  private RuntimeException streamFailure(NetworkReadException e, boolean deadlinePassed, Duration deadline,
      ByteProgress progress) {
    if (session.cancelled()) {
      return new CancelledException();
    }
    if (deadlinePassed) {
      return new StreamFailure("the series took longer than its deadline of " + deadline.toSeconds()
          + " s (see DownloadRequest.seriesTimeout) and was abandoned after " + received.get() + " bytes", e);
    }
    return new StreamFailure("the zip stream broke off after " + received.get() + " bytes received"
        + (e.isTimeout() ? " (stalled: read timeout)" : "") + ": " + e.getMessage(), e);
  }

  private void keepOrDelete(Path temp, List<ExtractedFile> completed, SeriesZipReader.Contents contents) {
    if (target.asZip() || completed.isEmpty() || !Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
      SeriesFiles.deleteTree(temp);
      return;
    }
    if (salvage != null) {
      salvage.delete();
    }
    Optional<Md5List> md5List = contents != null ? contents.md5List() : completedMd5List(temp, completed);
    salvage = new Salvage(temp, completed, md5List);
  }

  /** Reads md5hashes.csv when the failed attempt completed it (a zip cut after its last entry). */
  private static Optional<Md5List> completedMd5List(Path temp, List<ExtractedFile> completed) {
    if (completed.stream().noneMatch(f -> f.name().equals(Md5List.ENTRY_NAME))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Md5List.parse(Files.readAllBytes(temp.resolve(Md5List.ENTRY_NAME))));
    } catch (IOException | VerificationException e) {
      return Optional.empty();
    }
  }

  private void createFolder(Path temp) {
    try {
      Files.createDirectory(temp);
    } catch (IOException e) {
      throw new LocalFileException("Cannot create the temporary folder", temp, e);
    }
  }

  private SeriesRecord record(SeriesZipReader.Contents contents, ZipChecks.Verified verified, String source,
      String sha256, SeriesStatus status) {
    List<SeriesRecord.FileEntry> files = contents.files().stream()
        .map(f -> new SeriesRecord.FileEntry(f.name(), f.size(), f.md5(), f.dicom())).toList();
    long total = files.stream().mapToLong(SeriesRecord.FileEntry::size).sum();
    Optional<SeriesRecord.ZipInfo> zip = sha256 == null ? Optional.empty()
        : Optional.of(new SeriesRecord.ZipInfo(target.location().getFileName().toString(), contents.zipBytes(), sha256));
    return new SeriesRecord(uid, status.name(), contents.dicomCount(), target.imageCount(), total,
        verified.md5() == Md5Check.VERIFIED, source, session.clock().instant(), Receipts.TOOL, warnings, files, zip);
  }

  private void install(Path temp, SeriesRecord record) {
    session.checkCancelled();
    if (target.asZip()) {
      installZip(temp, target.location(), record);
    } else {
      Path file = temp.resolve(SeriesRecord.FOLDER_RECORD);
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS)) {
        record.writeTo(out);
      } catch (IOException e) {
        throw new LocalFileException("Cannot write the completion record", file, e);
      }
      SeriesFiles.install(temp, target.location());
    }
  }

  /**
   * Moves a verified zip into place and writes its record beside it. The old record goes first,
   * so a crash between the steps leaves a zip without a record (not complete), never a stale
   * record that seems to vouch for the new zip.
   *
   * @param temp the verified zip
   * @param zip the final zip name
   * @param record the record
   */
  static void installZip(Path temp, Path zip, SeriesRecord record) {
    Path recordFile = RecordCheck.recordOfZip(zip);
    try {
      Files.deleteIfExists(recordFile);
      AtomicFiles.moveIntoPlace(temp, zip);
    } catch (IOException e) {
      throw new LocalFileException("Cannot move the finished zip into place at", zip, e);
    }
    AtomicFiles.writeString(recordFile, record.toJson(), "completion record");
  }


  private static Optional<Duration> retryAfter(RuntimeException e) {
    if (e instanceof TciaHttpException h) {
      return h.retryAfter().map(d -> d.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : d);
    }
    return Optional.empty();
  }

  private static String describe(RuntimeException e) {
    if (e == null) {
      return "no attempt was made";
    }
    return e instanceof TciaException ? e.getMessage() : e.toString();
  }

  private static long orMinus(Number n) {
    return n == null ? -1 : n.longValue();
  }

  private SeriesOutcome outcome(SeriesStatus status, long bytes, int images, Md5Check md5, String error) {
    Optional<SeriesMetadata> m = target.metadata();
    Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
    return new SeriesOutcome(uid, status, target.location(), bytes, images, target.imageCount(), md5, attempts,
        duration, m.map(SeriesMetadata::collection).orElse(null), m.map(SeriesMetadata::licenseName).orElse(null),
        m.map(SeriesMetadata::licenseUri).orElse(null), m.map(SeriesMetadata::dataDescriptionUri).orElse(null),
        warnings, error, received.get(), httpRequests);
  }

  /** Signals that the request must be repeated with {@code getImageWithMD5Hash}. */
  private static final class NeedsMd5Endpoint extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsMd5Endpoint() {
      super("getImage does not know IncludeMD5", null, false, false);
    }
  }

  /** The copy of the raw zip bytes of an {@code asZip} download, hashed with SHA-256 on the way. */
  private static final class ZipCopy {
    private final Path file;
    private final MessageDigest sha256 = Digests.sha256();
    private final OutputStream out;
    private boolean finished;

    private ZipCopy(Path file, OutputStream out) {
      this.file = file;
      this.out = new BufferedOutputStream(new DigestOutputStream(out, sha256), BUFFER);
    }

    static ZipCopy create(Path file) {
      try {
        return new ZipCopy(file, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS));
      } catch (IOException e) {
        throw new LocalFileException("Cannot create the temporary zip", file, e);
      }
    }

    String finish() {
      try {
        out.close();
      } catch (IOException e) {
        throw new LocalFileException("Cannot write", file, e);
      }
      finished = true;
      return HexFormat.of().formatHex(sha256.digest());
    }

    void abandon() {
      if (!finished) {
        try {
          out.close();
        } catch (IOException ignored) {
          // the temporary zip is deleted next
        }
      }
    }
  }
}
