package io.github.tcia4j.nbia.download.internal;

/**
 * One file taken from a series zip (or fetched singly during repair).
 *
 * @param name the file name inside the series folder
 * @param size its size in bytes
 * @param md5 its MD5, lower-case hex
 * @param dicom whether it counts as a DICOM instance (everything except {@code LICENSE} and
 *     {@code md5hashes.csv})
 * @param preambleOk whether it starts with a DICOM Part-10 preamble ({@code DICM} at byte 128)
 */
public record ExtractedFile(String name, long size, String md5, boolean dicom, boolean preambleOk) {
  /** The licence entry of a {@code getImage} zip. */
  public static final String LICENSE = "LICENSE";

  /**
   * Tells whether an entry name is a DICOM instance rather than one of the zip's extra files.
   *
   * @param name the entry name
   * @return {@code false} for {@code LICENSE} and {@code md5hashes.csv}
   */
  public static boolean isDicomName(String name) {
    return !name.equals(LICENSE) && !name.equals(Md5List.ENTRY_NAME);
  }
}
