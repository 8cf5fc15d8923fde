package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One series of a run: its UID, its metadata (when the server gave some), and where it goes.
 *
 * @param seriesUid the Series Instance UID
 * @param metadata the bulk metadata row
 * @param location the final folder, or the final zip file for {@code asZip}
 * @param asZip whether the series is kept as a zip
 * @param metadataProblem why the metadata is missing when the metadata query failed for this
 *     series (the series is then downloaded without the {@code ImageCount} and {@code FileSize}
 *     checks); empty when the metadata was read
 */
public record SeriesTarget(String seriesUid, Optional<SeriesMetadata> metadata, Path location, boolean asZip,
    Optional<String> metadataProblem) {

  /**
   * Creates a target whose metadata query did not fail.
   *
   * @param seriesUid the Series Instance UID
   * @param metadata the bulk metadata row
   * @param location the final folder or zip
   * @param asZip whether the series is kept as a zip
   */
  public SeriesTarget(String seriesUid, Optional<SeriesMetadata> metadata, Path location, boolean asZip) {
    this(seriesUid, metadata, location, asZip, Optional.empty());
  }

  /**
   * Returns the metadata {@code ImageCount}.
   *
   * @return the count, or {@code null}
   */
  public Integer imageCount() {
    return metadata.map(SeriesMetadata::imageCount).orElse(null);
  }

  /**
   * Returns the metadata {@code FileSize}.
   *
   * @return the size in bytes, or {@code null}
   */
  public Long fileSize() {
    return metadata.map(SeriesMetadata::fileSize).orElse(null);
  }

  /**
   * Checks whether the series is complete on disk.
   *
   * @param deep whether to re-hash the files
   * @return the check result
   */
  public RecordCheck check(boolean deep) {
    return asZip ? RecordCheck.zip(location, seriesUid, deep) : RecordCheck.folder(location, seriesUid, deep);
  }
}
