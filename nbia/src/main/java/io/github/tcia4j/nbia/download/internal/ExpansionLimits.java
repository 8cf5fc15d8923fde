package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.table.DiskSpace;

/**
 * The zip-bomb guard of one series: how many entries and how many uncompressed bytes its zip may
 * hold, and how far a single entry may inflate. Limits come from the series metadata when it is
 * known ({@code ImageCount + 16} entries, {@code 2 x FileSize + 64 MiB} bytes) and from absolute
 * caps otherwise.
 *
 * @param maxEntries the most entries accepted
 * @param maxTotalBytes the most uncompressed bytes accepted over all entries
 * @param ratioLimit the largest accepted ratio of uncompressed to compressed bytes of one entry,
 *     checked once the entry exceeds {@code ratioFloorBytes}; 0 disables the check
 * @param ratioFloorBytes the uncompressed size of an entry from which the ratio is checked
 * @param entriesReason why {@code maxEntries} is what it is, for messages
 * @param bytesReason why {@code maxTotalBytes} is what it is, for messages
 */
public record ExpansionLimits(long maxEntries, long maxTotalBytes, int ratioLimit, long ratioFloorBytes,
    String entriesReason, String bytesReason) {
  /** Entries allowed beyond {@code ImageCount} ({@code LICENSE}, {@code md5hashes.csv} and slack). */
  public static final int EXTRA_ENTRIES = 16;
  /** Bytes allowed beyond twice {@code FileSize}. */
  public static final long EXTRA_BYTES = 64L * 1024 * 1024;
  /** The entry cap when {@code ImageCount} is unknown. */
  public static final long ABSOLUTE_MAX_ENTRIES = 65_536;
  /** The byte cap when {@code FileSize} is unknown. */
  public static final long ABSOLUTE_MAX_BYTES = 32L * 1024 * 1024 * 1024;
  /** The ratio limit applied when {@code FileSize} is unknown. */
  public static final int UNKNOWN_SIZE_RATIO_LIMIT = 500;
  /** The entry size from which the ratio is checked. */
  public static final long RATIO_FLOOR_BYTES = 64L * 1024 * 1024;

  /**
   * Derives the limits of a series from its metadata.
   *
   * @param imageCount the metadata {@code ImageCount}, or {@code null} when unknown
   * @param fileSize the metadata {@code FileSize} in bytes, or {@code null} when unknown
   * @return the limits
   */
  public static ExpansionLimits forSeries(Integer imageCount, Long fileSize) {
    long entries;
    String entriesReason;
    if (imageCount != null && imageCount >= 0) {
      entries = imageCount + (long) EXTRA_ENTRIES;
      entriesReason = "ImageCount " + imageCount + " + " + EXTRA_ENTRIES;
    } else {
      entries = ABSOLUTE_MAX_ENTRIES;
      entriesReason = "the cap for series of unknown ImageCount";
    }
    long bytes;
    String bytesReason;
    int ratio;
    if (fileSize != null && fileSize >= 0) {
      bytes = Math.addExact(Math.multiplyExact(fileSize, 2L), EXTRA_BYTES);
      bytesReason = "twice the series FileSize of " + DiskSpace.formatBinary(fileSize) + " plus "
          + DiskSpace.formatBinary(EXTRA_BYTES);
      ratio = 0;
    } else {
      bytes = ABSOLUTE_MAX_BYTES;
      bytesReason = "the cap for series of unknown FileSize";
      ratio = UNKNOWN_SIZE_RATIO_LIMIT;
    }
    return new ExpansionLimits(entries, bytes, ratio, RATIO_FLOOR_BYTES, entriesReason, bytesReason);
  }

  /**
   * Checks the number of entries seen so far.
   *
   * @param entries the entries seen, this one included
   * @throws UnsafeZipException when there are too many
   */
  public void checkEntries(long entries) {
    if (entries > maxEntries) {
      throw new UnsafeZipException("zip holds more than " + maxEntries + " entries (" + entriesReason
          + "); refusing to extract more (zip-bomb guard)");
    }
  }

  /**
   * Checks the expansion so far.
   *
   * @param entryName the current entry
   * @param totalBytes uncompressed bytes of all entries so far
   * @param entryBytes uncompressed bytes of the current entry so far
   * @param entryCompressed compressed bytes read for the current entry so far (approximate)
   * @throws UnsafeZipException when a limit is exceeded
   */
  public void checkBytes(String entryName, long totalBytes, long entryBytes, long entryCompressed) {
    if (totalBytes > maxTotalBytes) {
      throw new UnsafeZipException("zip expands beyond " + DiskSpace.formatBinary(maxTotalBytes) + " (" + bytesReason
          + ") at entry '" + PathNames.shorten(entryName) + "'; refusing to write more (zip-bomb guard)");
    }
    if (ratioLimit > 0 && entryBytes > ratioFloorBytes && entryBytes > ratioLimit * Math.max(1L, entryCompressed)) {
      throw new UnsafeZipException("zip entry '" + PathNames.shorten(entryName) + "' inflates more than "
          + ratioLimit + " times its compressed size (" + DiskSpace.formatBinary(entryBytes) + " from about "
          + DiskSpace.formatBinary(entryCompressed) + "); refusing to write more (zip-bomb guard)");
    }
  }
}
