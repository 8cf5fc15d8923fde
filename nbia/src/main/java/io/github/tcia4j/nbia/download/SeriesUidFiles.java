package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.Manifest;
import io.github.tcia4j.nbia.download.internal.UidFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads the Series Instance UIDs listed in a file, in every form {@code tcia4j} accepts as a list
 * of series: a CSV or JSON export with a {@code SeriesInstanceUID} column or key (as
 * {@code tcia4j} or pandas write them), JSON Lines, plain text with one UID per line ({@code #}
 * comments and blank lines skipped), or a {@code .tcia} manifest. The format follows the extension
 * ({@code .csv}, {@code .json}, {@code .jsonl}/{@code .ndjson}, {@code .txt}, {@code .tcia}) or,
 * for other names, the content. {@link DownloadRequest.Builder#uidFile(Path)} reads files the same
 * way.
 */
public final class SeriesUidFiles {
  private SeriesUidFiles() {}

  /**
   * Reads the UIDs of a file, in file order (duplicates kept).
   *
   * @param file the file
   * @return the UIDs, unmodifiable; empty when the file lists none
   * @throws IllegalArgumentException when the file is not UTF-8 text, has no
   *     {@code SeriesInstanceUID} column, or a value is not a DICOM UID (naming the file and line)
   * @throws NullPointerException when {@code file} is {@code null}
   * @throws io.github.tcia4j.common.error.TciaException when the file cannot be read
   */
  public static List<String> read(Path file) {
    Objects.requireNonNull(file, "file must not be null; pass the path of a CSV, JSON, text or .tcia file");
    return list(file).uids();
  }

  /** The UIDs of a file and whether it was a manifest (for messages about an empty file). */
  record Listed(List<String> uids, boolean manifest) {}

  static Listed list(Path file) {
    String text = UidFiles.read(file);
    UidFiles.Format format = UidFiles.detect(file, text);
    if (format == UidFiles.Format.MANIFEST) {
      return new Listed(Manifest.read(file).seriesUids(), true);
    }
    return new Listed(List.copyOf(UidFiles.uids(file, text, format)), false);
  }
}
