package io.github.tcia4j.nbia.download.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a failed zip attempt completed: each was read to its end, so its CRC-32 matched what
 * the server sent. Instance-level repair keeps the DICOM files among them (and the {@code LICENSE})
 * instead of fetching them again.
 *
 * @param folder the temporary folder holding them
 * @param files the completed files
 * @param md5List the zip's {@code md5hashes.csv}, when the attempt got that far
 */
public record Salvage(Path folder, List<ExtractedFile> files, Optional<Md5List> md5List) {
  /**
   * Copies the list.
   *
   * @param folder the folder
   * @param files the files
   * @param md5List the MD5 list
   */
  public Salvage {
    files = List.copyOf(files);
  }

  /** Deletes the folder. */
  public void delete() {
    SeriesFiles.deleteTree(folder);
  }
}
