package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.nbia.download.DownloadRequest;
import io.github.tcia4j.nbia.download.Md5Check;
import io.github.tcia4j.nbia.download.SeriesStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instance-level repair of a series whose zip kept failing: lists the series' SOP Instance UIDs
 * ({@code getSOPInstanceUIDs}), keeps the instances already received (files completed by a failed
 * attempt, whose CRC-32 checked out, or files of an incomplete folder of an earlier run once their
 * MD5 matches {@code getMD5HashForImage}), identifies each by the SOP Instance UID in its header,
 * fetches the missing ones with {@code getSingleImage} (checking preamble, SOP Instance UID and,
 * when verifying, the server's MD5), then writes the completion record and moves the series into
 * place like a normal download. For {@code asZip} the repaired files are packed into a zip.
 */
public final class SeriesRepair {
  private static final Logger LOG = LoggerFactory.getLogger(SeriesRepair.class);
  private static final int BUFFER = 64 * 1024;

  private final DownloadSession session;
  private final DownloadRequest request;
  private final SeriesTarget target;
  private final String uid;
  private final AtomicLong received;
  private final Salvage salvage;
  private final List<Path> sources;
  private final List<String> warnings = new ArrayList<>();
  private int unverified;

  /**
   * What the repair produced.
   *
   * @param bytes the bytes on disk (folder files, or the zip)
   * @param images the DICOM instances
   * @param fetched how many instances were fetched one by one
   * @param md5 {@link Md5Check#VERIFIED} when every instance was checked against the server's MD5
   * @param warnings things to report
   */
  public record Result(long bytes, int images, int fetched, Md5Check md5, List<String> warnings) {}

  /**
   * Creates the repair.
   *
   * @param session the run
   * @param target the series
   * @param received the series' running count of body bytes
   * @param salvage the files of the last failed attempt, or {@code null}
   * @param sources folders of earlier runs that may hold instances (checked against the server's MD5)
   */
  public SeriesRepair(DownloadSession session, SeriesTarget target, AtomicLong received, Salvage salvage,
      List<Path> sources) {
    this.session = session;
    this.request = session.request();
    this.target = target;
    this.uid = target.seriesUid();
    this.received = received;
    this.salvage = salvage;
    this.sources = List.copyOf(sources);
  }

  /**
   * Runs the repair.
   *
   * @return the result; the series is then complete under its final name
   * @throws TciaException when the series cannot be completed
   */
  public Result run() {
    return run(session.catalog().sopInstanceUids(uid));
  }

  /**
   * Runs the repair with the series' SOP Instance UIDs already listed.
   *
   * @param sopUids the answer of {@code getSOPInstanceUIDs} for the series
   * @return the result; the series is then complete under its final name
   * @throws TciaException when the series cannot be completed, or when its instance count cannot
   *     be reconciled with the metadata {@code ImageCount} (a difference is only a warning when
   *     every instance was checked against the server's MD5)
   */
  public Result run(Collection<String> sopUids) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String sop : sopUids) {
      if (PathNames.isUid(sop)) {
        wanted.add(sop);
      }
    }
    if (wanted.isEmpty()) {
      throw new TciaException("the server lists no SOP instances for the series (getSOPInstanceUIDs), so it"
          + " cannot be repaired instance by instance");
    }
    Integer imageCount = target.imageCount();
    boolean countDiffers = imageCount != null && imageCount != wanted.size();
    String countMessage = "the server lists " + wanted.size() + " SOP instances but the metadata ImageCount is "
        + imageCount;
    if (countDiffers && !request.verifyMd5()) {
      throw countFailure(countMessage);
    }
    Path work = SeriesFiles.sibling(target.location(), SeriesFiles.PART);
    boolean done = false;
    try {
      try {
        Files.createDirectory(work);
      } catch (IOException e) {
        throw new LocalFileException("Cannot create the temporary folder", work, e);
      }
      Map<String, SeriesRecord.FileEntry> kept = new LinkedHashMap<>();
      List<SeriesRecord.FileEntry> others = new ArrayList<>();
      keepSalvaged(work, wanted, kept, others);
      keepFromSources(work, wanted, kept);
      int fetched = 0;
      for (String sop : wanted) {
        if (!kept.containsKey(sop)) {
          kept.put(sop, fetch(work, sop));
          fetched++;
        }
      }
      LOG.info("Repairing series {}: {} of {} instances kept, {} fetched with getSingleImage", uid,
          wanted.size() - fetched, wanted.size(), fetched);
      Md5Check md5 = unverified == 0 && request.verifyMd5() ? Md5Check.VERIFIED : Md5Check.NOT_CHECKED;
      if (countDiffers) {
        if (md5 != Md5Check.VERIFIED) {
          throw countFailure(countMessage);
        }
        warnings.add(countMessage + " (every MD5 verified); the metadata may be stale");
      }
      if (unverified > 0 && request.verifyMd5()) {
        warnings.add(unverified + " instances could not be checked against the server's MD5 ("
            + session.endpoints().md5Endpoint() + " gave no hash)");
      }
      List<SeriesRecord.FileEntry> files = new ArrayList<>(others);
      files.addAll(kept.values());
      Result result = install(work, files, wanted.size(), fetched, md5);
      done = true;
      return result;
    } finally {
      if (!done) {
        SeriesFiles.deleteTree(work);
      }
    }
  }

  private static VerificationException countFailure(String message) {
    return new VerificationException(VerificationException.Kind.COUNT, message + "; without every instance checked"
        + " against the server's MD5 the series cannot be shown complete (stale metadata or missing instances)",
        null);
  }

  private void keepSalvaged(Path work, Set<String> wanted, Map<String, SeriesRecord.FileEntry> kept,
      List<SeriesRecord.FileEntry> others) {
    if (salvage == null) {
      return;
    }
    for (ExtractedFile f : salvage.files()) {
      session.checkCancelled();
      Path source = salvage.folder().resolve(f.name());
      if (f.name().equals(ExtractedFile.LICENSE)) {
        move(source, work.resolve(f.name()));
        others.add(new SeriesRecord.FileEntry(f.name(), f.size(), f.md5(), false));
        continue;
      }
      if (!f.dicom() || !f.preambleOk()) {
        continue;
      }
      Optional<String> sop = DicomHeader.sopInstanceUid(source);
      if (sop.isEmpty() || !wanted.contains(sop.get()) || kept.containsKey(sop.get())) {
        continue;
      }
      Optional<Boolean> listed = salvage.md5List().flatMap(l -> l.md5(f.name())).map(h -> h.equals(f.md5()));
      if (listed.isPresent() && !listed.get()) {
        continue;
      }
      if (listed.isEmpty() && request.verifyMd5()) {
        Optional<String> server = serverMd5(sop.get());
        if (server.isPresent() && !server.get().equals(f.md5())) {
          continue;
        }
        if (server.isEmpty()) {
          unverified++;
        }
      }
      move(source, work.resolve(f.name()));
      kept.put(sop.get(), new SeriesRecord.FileEntry(f.name(), f.size(), f.md5(), true));
    }
  }

  private void keepFromSources(Path work, Set<String> wanted, Map<String, SeriesRecord.FileEntry> kept) {
    for (Path folder : sources) {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path p : entries) {
          String name = p.getFileName().toString();
          if (!name.startsWith(".") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            files.add(p);
          }
        }
      } catch (IOException e) {
        LOG.debug("Cannot list {} for repair: {}", folder, e.toString());
        continue;
      }
      files.sort(Comparator.naturalOrder());
      for (Path file : files) {
        session.checkCancelled();
        Optional<String> sop = DicomHeader.sopInstanceUid(file);
        if (sop.isEmpty() || !wanted.contains(sop.get()) || kept.containsKey(sop.get())) {
          continue;
        }
        Optional<String> server = serverMd5(sop.get());
        if (server.isEmpty()) {
          continue;
        }
        try {
          String local = Digests.hash(file, Digests.md5());
          if (!local.equals(server.get())) {
            continue;
          }
          String name = file.getFileName().toString();
          Path copy = work.resolve(name);
          if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            name = sop.get() + ".dcm";
            copy = work.resolve(name);
          }
          ZipEntryNames.check(name);
          Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
          kept.put(sop.get(), new SeriesRecord.FileEntry(name, Files.size(copy), local, true));
        } catch (IOException | UnsafeZipException e) {
          LOG.debug("Not keeping {} for repair: {}", file, e.toString());
        }
      }
    }
  }

  /** Fetches one instance with retries. */
  private SeriesRecord.FileEntry fetch(Path work, String sop) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= request.maxAttempts(); attempt++) {
      session.checkCancelled();
      try {
        return fetchOnce(work, sop);
      } catch (CancelledException | LocalFileException e) {
        throw e;
      } catch (RuntimeException e) {
        if (session.cancelled()) {
          throw new CancelledException();
        }
        last = e;
        if (!Retries.isTransient(e)) {
          break;
        }
        if (attempt < request.maxAttempts()) {
          session.pause(session.backoff(attempt));
        }
      }
    }
    throw new TciaException("instance " + sop + " could not be fetched with getSingleImage: "
        + (last instanceof TciaException ? last.getMessage() : String.valueOf(last)), last);
  }

  private SeriesRecord.FileEntry fetchOnce(Path work, String sop) {
    String name = sop + ".dcm";
    Path file = work.resolve(name);
    Path temp = work.resolve(name + ".part");
    HttpResult result = session.send(session.endpoints().singleImage(uid, sop, request.readTimeout().orElse(null)),
        DownloadEndpoints.GET_SINGLE_IMAGE);
    Long perImage = target.fileSize() == null ? null : target.fileSize() / Math.max(1, orOne(target.imageCount()));
    Duration deadline = request.seriesTimeout(perImage);
    AtomicBoolean passed = new AtomicBoolean();
    ScheduledFuture<?> timer = session.deadline(result, deadline, passed);
    ByteProgress progress = new ByteProgress(uid, session.listener(), received);
    MessageDigest md5 = Digests.md5();
    long size = 0;
    byte[] head = new byte[DicomHeader.PREFIX_LENGTH];
    int headLength = 0;
    try (InputStream in = new BodyTap(new BufferedInputStream(result.body(), BUFFER), progress, null, temp);
        OutputStream out = new BufferedOutputStream(new DigestOutputStream(open(temp), md5), BUFFER)) {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (headLength < head.length) {
          int k = Math.min(n, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, k);
          headLength += k;
        }
        try {
          out.write(buffer, 0, n);
        } catch (IOException e) {
          throw new LocalFileException("Cannot write", temp, e);
        }
        size += n;
      }
    } catch (NetworkReadException e) {
      deleteQuietly(temp);
      if (session.cancelled()) {
        throw new CancelledException();
      }
      throw new StreamFailure("getSingleImage of " + sop + (passed.get() ? " passed its deadline" : " broke off")
          + ": " + e.getMessage(), e);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new LocalFileException("Cannot write", temp, e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    } finally {
      timer.cancel(false);
      session.release(result);
      progress.flush();
    }
    String hex = HexFormat.of().formatHex(md5.digest());
    try {
      if (!DicomHeader.hasPreamble(head, headLength)) {
        throw new VerificationException("getSingleImage of " + sop + " did not return a DICOM Part-10 file ("
            + size + " bytes, no DICM at byte 128)");
      }
      Optional<String> actual = DicomHeader.sopInstanceUid(temp);
      if (actual.isPresent() && !actual.get().equals(sop)) {
        throw new VerificationException("getSingleImage of " + sop + " returned instance " + actual.get());
      }
      if (request.verifyMd5()) {
        Optional<String> server = serverMd5(sop);
        if (server.isPresent() && !server.get().equals(hex)) {
          throw new VerificationException(VerificationException.Kind.MD5_MISMATCH, "MD5 mismatch for instance "
              + sop + ": the server says " + server.get() + ", the file received has " + hex, null);
        }
        if (server.isEmpty()) {
          unverified++;
        }
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new LocalFileException("Cannot move into place", file, e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    session.listener().fileWritten(uid, name, size);
    return new SeriesRecord.FileEntry(name, size, hex, true);
  }

  /** Asks the server for the MD5 of an instance; empty when it gives none. */
  private Optional<String> serverMd5(String sop) {
    try {
      String text = session.endpoints().http().send(session.endpoints().instanceMd5(sop),
          session.endpoints().md5Endpoint()).bodyAsString().strip();
      if (text.matches("[0-9a-fA-F]{32}")) {
        return Optional.of(text.toLowerCase(Locale.ROOT));
      }
      LOG.debug("{} for {} answered no MD5: '{}'", session.endpoints().md5Endpoint(), sop, PathNames.shorten(text));
    } catch (TciaException e) {
      if (session.cancelled()) {
        throw new CancelledException();
      }
      LOG.debug("{} for {} failed: {}", session.endpoints().md5Endpoint(), sop, e.getMessage());
    }
    return Optional.empty();
  }

  private Result install(Path work, List<SeriesRecord.FileEntry> files, int images, int fetched, Md5Check md5) {
    session.checkCancelled();
    long total = files.stream().mapToLong(SeriesRecord.FileEntry::size).sum();
    String source = session.endpoints().url(DownloadEndpoints.GET_SINGLE_IMAGE) + " (instance-level repair)";
    if (!target.asZip()) {
      SeriesRecord record = new SeriesRecord(uid, SeriesStatus.REPAIRED.name(), images, target.imageCount(), total,
          md5 == Md5Check.VERIFIED, source, session.clock().instant(), Receipts.TOOL, warnings, files,
          Optional.empty());
      Path file = work.resolve(SeriesRecord.FOLDER_RECORD);
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS)) {
        record.writeTo(out);
      } catch (IOException e) {
        throw new LocalFileException("Cannot write the completion record", file, e);
      }
      SeriesFiles.install(work, target.location());
      return new Result(total, images, fetched, md5, warnings);
    }
    Path zip = SeriesFiles.sibling(target.location(), SeriesFiles.PART);
    try {
      MessageDigest sha256 = Digests.sha256();
      try (OutputStream raw = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS);
          ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(new DigestOutputStream(raw, sha256),
              BUFFER))) {
        for (SeriesRecord.FileEntry f : files) {
          out.putNextEntry(new ZipEntry(f.name()));
          Files.copy(work.resolve(f.name()), out);
          out.closeEntry();
        }
      }
      long zipSize = Files.size(zip);
      SeriesRecord record = new SeriesRecord(uid, SeriesStatus.REPAIRED.name(), images, target.imageCount(), total,
          md5 == Md5Check.VERIFIED, source, session.clock().instant(), Receipts.TOOL, warnings, files,
          Optional.of(new SeriesRecord.ZipInfo(target.location().getFileName().toString(), zipSize,
              HexFormat.of().formatHex(sha256.digest()))));
      SeriesTask.installZip(zip, target.location(), record);
      SeriesFiles.deleteTree(work);
      return new Result(zipSize, images, fetched, md5, warnings);
    } catch (IOException e) {
      SeriesFiles.deleteTree(zip);
      throw new LocalFileException("Cannot write the repaired zip", zip, e);
    }
  }

  private static OutputStream open(Path file) {
    try {
      return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new LocalFileException("Cannot create", file, e);
    }
  }

  private static void move(Path source, Path target) {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LocalFileException("Cannot move", source, e);
    }
  }


  private static int orOne(Integer n) {
    return n == null || n < 1 ? 1 : n;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the temporary folder is deleted as a whole when the repair fails
    }
  }
}
