package io.github.tcia4j.nbia.download;

/** The result of comparing a series' files with the MD5 hashes the server published. */
public enum Md5Check {
  /** Every DICOM file matched its MD5 ({@code md5hashes.csv} of the zip, or {@code getMD5HashForImage}). */
  VERIFIED,
  /** At least one file did not match; the series was not accepted with that content. */
  MISMATCH,
  /** Hashes were not compared (verification off, not available, or nothing was fetched). */
  NOT_CHECKED
}
