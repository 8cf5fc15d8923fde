package io.github.tcia4j.nbia.download;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one series of a download ended: a row of the receipt.
 *
 * @param seriesInstanceUid the Series Instance UID
 * @param status how it ended
 * @param location the series folder, or the zip file for {@code asZip} downloads (where it is, or
 *     would have been)
 * @param bytes the bytes of the series on disk (all its files, {@code LICENSE} and
 *     {@code md5hashes.csv} included; for a zip, the zip's size); 0 when not complete
 * @param images the DICOM files of the series on disk; 0 when not complete
 * @param expectedImages the {@code ImageCount} of the metadata, or {@code null} when the server
 *     did not give one
 * @param md5 the MD5 comparison result
 * @param attempts the series zip downloads started (0 for a series already present)
 * @param duration the time spent on the series
 * @param collection the collection, or {@code null} when unknown
 * @param licenseName the licence name, or {@code null} when unknown
 * @param licenseUri the licence URL, or {@code null} when unknown
 * @param doi the dataset DOI URL ({@code DataDescriptionURI}), or {@code null} when unknown
 * @param warnings things the user should know although the series is complete (e.g. "metadata
 *     may be stale"); unmodifiable
 * @param error why the series failed or was cancelled, or {@code null} when it is complete
 * @param bytesReceived the HTTP body bytes received for this series (failed attempts and repair
 *     included); the listener's {@link DownloadListener#bytes(String, long)} events add up to it
 * @param httpRequests the {@code getImage} (or {@code getImageWithMD5Hash}) requests sent for
 *     this series, the transport's own retries included; what a server log shows
 */
public record SeriesOutcome(String seriesInstanceUid, SeriesStatus status, Path location, long bytes, int images,
    Integer expectedImages, Md5Check md5, int attempts, Duration duration, String collection, String licenseName,
    String licenseUri, String doi, List<String> warnings, String error, long bytesReceived, int httpRequests) {

  /**
   * Checks the required components and copies the warnings.
   *
   * @param seriesInstanceUid the UID
   * @param status the status
   * @param location the location
   * @param bytes the bytes on disk
   * @param images the DICOM files on disk
   * @param expectedImages the metadata image count, or {@code null}
   * @param md5 the MD5 result
   * @param attempts the attempts
   * @param duration the time spent
   * @param collection the collection, or {@code null}
   * @param licenseName the licence, or {@code null}
   * @param licenseUri the licence URL, or {@code null}
   * @param doi the DOI URL, or {@code null}
   * @param warnings the warnings
   * @param error the error, or {@code null}
   * @param bytesReceived the body bytes received
   * @param httpRequests the zip requests sent
   */
  public SeriesOutcome {
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(md5, "md5");
    Objects.requireNonNull(duration, "duration");
    warnings = List.copyOf(warnings);
  }

  /**
   * Returns the error message, if the series is not complete.
   *
   * @return the message, or empty
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns the metadata image count, if the server gave one.
   *
   * @return the expected count, or empty
   */
  public Optional<Integer> expectedImageCount() {
    return Optional.ofNullable(expectedImages);
  }
}
