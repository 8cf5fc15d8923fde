package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;
import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.http.HttpResult;
import io.github.tcia4j.common.http.Sleeper;
import io.github.tcia4j.common.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tcia_utils.nbia.downloadImage}: one instance with {@code getSingleImage} to
 * {@code <folder>/<series>/<sop>.dcm}. A file already there is kept when it is a DICOM file holding
 * that SOP Instance UID; otherwise the instance is fetched into a temporary file, checked (preamble,
 * SOP Instance UID) and moved into place.
 *
 * <p>Retries: HTTP errors (5xx, 429) and requests without an answer were already retried by the
 * client's transport, so they are not retried again here; only what the transport cannot see, a
 * stream that breaks off or a file that does not verify, gets up to four attempts with backoff.
 * When the server's last answer is HTTP 500 or 404 (what NBIA answers for a SOP Instance UID it
 * does not know), the series' SOP Instance UIDs are listed to tell the caller whether the instance
 * belongs to the series at all.
 */
public final class ImageDownload {
  private static final Logger LOG = LoggerFactory.getLogger(ImageDownload.class);
  private static final int ATTEMPTS = 4;

  private final DownloadEndpoints endpoints;
  private final Sleeper sleeper;
  private final Function<String, List<String>> sopInstanceUids;

  /**
   * Creates the downloader.
   *
   * @param endpoints the endpoints (the client's transport, with its retries)
   * @param sleeper what waits between attempts
   * @param sopInstanceUids lists the SOP Instance UIDs of a series ({@code getSOPInstanceUIDs}),
   *     asked only after a failed download to explain it
   */
  public ImageDownload(DownloadEndpoints endpoints, Sleeper sleeper, Function<String, List<String>> sopInstanceUids) {
    this.endpoints = endpoints;
    this.sleeper = sleeper;
    this.sopInstanceUids = sopInstanceUids;
  }

  /**
   * Downloads one instance.
   *
   * @param seriesUid the Series Instance UID
   * @param sopUid the SOP Instance UID
   * @param folder the download folder
   * @return the file
   * @throws IllegalArgumentException when a UID is malformed
   * @throws TciaException when the instance cannot be fetched or is not the DICOM file asked for;
   *     when the SOP Instance UID is not one of the series, the message says so
   */
  public Path download(String seriesUid, String sopUid, Path folder) {
    String series = PathNames.requireUid(seriesUid, "seriesUid");
    String sop = PathNames.requireUid(sopUid, "sopUid");
    Path root = folder.toAbsolutePath().normalize();
    Path dir = root.resolve(series);
    SeriesFiles.createFolders(root, dir);
    Path file = dir.resolve(sop + ".dcm");
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && DicomHeader.sopInstanceUid(file).filter(sop::equals).isPresent()) {
      LOG.warn("Image {} of series {} is already downloaded at {}; skipped", sop, series, file);
      return file;
    }
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        fetch(series, sop, file);
        LOG.info("Downloaded image {} of series {} to {}", sop, series, file);
        return file;
      } catch (LocalFileException e) {
        throw e;
      } catch (TciaException e) {
        last = e;
        if (!(e instanceof StreamFailure || e instanceof VerificationException) || attempt == ATTEMPTS) {
          break;
        }
        LOG.info("Image {} of series {}: attempt {} of {} failed ({}); trying again", sop, series, attempt, ATTEMPTS,
            e.getMessage());
        pause(Duration.ofMillis(500L << (attempt - 1)));
      }
    }
    throw failure(series, sop, last);
  }

  private TciaException failure(String series, String sop, RuntimeException last) {
    String reason = last == null ? "no attempt was made" : last.getMessage();
    if (last instanceof TciaHttpException http && (http.statusCode() == 500 || http.statusCode() == 404)) {
      List<String> instances;
      try {
        instances = sopInstanceUids.apply(series);
      } catch (RuntimeException listing) {
        LOG.debug("Listing the instances of series {} to explain the failure failed too: {}", series,
            listing.getMessage());
        last.addSuppressed(listing);
        instances = null;
      }
      if (instances != null && instances.isEmpty()) {
        return new TciaException("Image " + sop + " of series " + series + " could not be downloaded: the server"
            + " lists no instances for series " + series + " (getSOPInstanceUIDs is empty); check the Series"
            + " Instance UID. The server answered: " + reason, last);
      }
      if (instances != null && !instances.contains(sop)) {
        return new TciaException("Image " + sop + " of series " + series + " could not be downloaded: SOP " + sop
            + " is not an instance of series " + series + " (the series has " + instances.size()
            + (instances.size() == 1 ? " instance" : " instances") + "; list them with getSopInstanceUids). The server answered: " + reason, last);
      }
    }
    return new TciaException("Image " + sop + " of series " + series + " could not be downloaded: " + reason, last);
  }

  private void fetch(String series, String sop, Path file) {
    Path temp = SeriesFiles.sibling(file, SeriesFiles.PART);
    try (HttpResult result = endpoints.http().send(endpoints.singleImage(series, sop, null),
        DownloadEndpoints.GET_SINGLE_IMAGE)) {
      try (InputStream in = result.body();
          OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (true) {
          try {
            n = in.read(buffer);
          } catch (IOException e) {
            throw new StreamFailure("getSingleImage of " + sop + " broke off: " + e.getMessage(), e);
          }
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new LocalFileException("Cannot write", temp, e);
      }
      Optional<String> actual = DicomHeader.sopInstanceUid(temp);
      if (actual.isEmpty()) {
        throw new VerificationException("getSingleImage of " + sop + " did not return a DICOM Part-10 file");
      }
      if (!actual.get().equals(sop)) {
        throw new VerificationException("getSingleImage of " + sop + " returned instance " + actual.get());
      }
      AtomicFiles.moveIntoPlace(temp, file);
    } catch (IOException e) {
      throw new LocalFileException("Cannot move into place", file, e);
    } finally {
      SeriesFiles.deleteTree(temp);
    }
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TciaException("Interrupted while waiting to retry a download", e);
    }
  }

}
