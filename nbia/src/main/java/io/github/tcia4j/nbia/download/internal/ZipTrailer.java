package io.github.tcia4j.nbia.download.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the end of a streamed zip: the central directory and the end-of-central-directory record
 * (plain or Zip64). A zip cut cleanly between two entries looks complete to
 * {@link java.util.zip.ZipInputStream}; only the trailer shows that entries are missing. The check
 * also compares every central-directory entry with the local entry that was extracted (name, CRC,
 * sizes) and rejects entries the directory marks as symbolic links.
 */
public final class ZipTrailer {
  private static final int EOCD_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int ZIP64_EOCD_SIG = 0x06064b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int EOCD_LENGTH = 22;
  private static final int CEN_LENGTH = 46;
  private static final long U32_MAX = 0xFFFFFFFFL;

  private ZipTrailer() {}

  /**
   * What the reader saw of one entry.
   *
   * @param name the entry name
   * @param crc the CRC-32 the reader checked
   * @param compressedSize the compressed size
   * @param size the uncompressed size
   */
  public record LocalEntry(String name, long crc, long compressedSize, long size) {}

  /**
   * Checks the trailer.
   *
   * @param tail the last bytes of the zip (at least the whole central directory and what follows)
   * @param total the total length of the zip
   * @param entries the entries the reader extracted, in order
   * @throws VerificationException when the trailer is missing, truncated or disagrees with the
   *     entries
   * @throws UnsafeZipException when the directory marks an entry as a symbolic link
   */
  public static void verify(byte[] tail, long total, List<LocalEntry> entries) {
    long tailStart = total - tail.length;
    int eocd = findEndRecord(tail);
    if (eocd < 0) {
      throw new VerificationException("zip is truncated: its end-of-central-directory record is missing after "
          + entries.size() + " entries (" + total + " bytes received)");
    }
    long count = u16(tail, eocd + 10);
    long cdSize = u32(tail, eocd + 12);
    long cdOffset = u32(tail, eocd + 16);
    long cdEnd = tailStart + eocd;
    if (count == 0xFFFF || cdSize == U32_MAX || cdOffset == U32_MAX) {
      int locator = eocd - 20;
      if (locator < 0 || s32(tail, locator) != ZIP64_LOCATOR_SIG) {
        throw new VerificationException("zip is corrupt: its Zip64 end-of-central-directory locator is missing");
      }
      long recordOffset = u64(tail, locator + 8);
      int record = (int) (recordOffset - tailStart);
      if (record < 0 || record + 56 > tail.length || s32(tail, record) != ZIP64_EOCD_SIG) {
        throw new VerificationException("zip is corrupt: its Zip64 end-of-central-directory record is missing");
      }
      count = u64(tail, record + 32);
      cdSize = u64(tail, record + 40);
      cdOffset = u64(tail, record + 48);
      cdEnd = recordOffset;
    }
    if (cdOffset + cdSize != cdEnd) {
      throw new VerificationException("zip is corrupt or truncated: its central directory should span bytes "
          + cdOffset + " to " + (cdOffset + cdSize) + " but ends at " + cdEnd);
    }
    if (count != entries.size()) {
      throw new VerificationException("zip is truncated or corrupt: its central directory lists " + count
          + " entries but " + entries.size() + " were received");
    }
    int cd = (int) (cdOffset - tailStart);
    if (cd < 0) {
      throw new VerificationException("zip central directory could not be checked: it starts before the "
          + tail.length + " bytes kept");
    }
    checkEntries(tail, cd, (int) (cdEnd - tailStart), entries);
  }

  private static void checkEntries(byte[] tail, int start, int end, List<LocalEntry> entries) {
    Map<String, LocalEntry> byName = new HashMap<>();
    entries.forEach(e -> byName.put(e.name(), e));
    int p = start;
    for (int i = 0; i < entries.size(); i++) {
      if (p + CEN_LENGTH > end || s32(tail, p) != CEN_SIG) {
        throw new VerificationException("zip is corrupt: central directory entry " + (i + 1) + " is damaged");
      }
      int madeBy = u16(tail, p + 4);
      long crc = u32(tail, p + 16);
      long csize = u32(tail, p + 20);
      long size = u32(tail, p + 24);
      int nameLength = u16(tail, p + 28);
      int extraLength = u16(tail, p + 30);
      int commentLength = u16(tail, p + 32);
      long external = u32(tail, p + 38);
      int next = p + CEN_LENGTH + nameLength + extraLength + commentLength;
      if (next > end) {
        throw new VerificationException("zip is corrupt: central directory entry " + (i + 1) + " overruns the directory");
      }
      String name = new String(tail, p + CEN_LENGTH, nameLength, StandardCharsets.UTF_8);
      if ((madeBy >> 8) == 3 && ((external >>> 16) & 0xF000) == 0xA000) {
        throw new UnsafeZipException("zip entry '" + PathNames.shorten(name)
            + "' is a symbolic link; links are never created");
      }
      long[] sizes = zip64Sizes(tail, p + CEN_LENGTH + nameLength, extraLength, size, csize);
      LocalEntry local = byName.get(name);
      if (local == null) {
        throw new VerificationException("zip is corrupt: the central directory names '" + PathNames.shorten(name)
            + "', which was not among the entries received");
      }
      if (local.crc() != crc || local.size() != sizes[0] || local.compressedSize() != sizes[1]) {
        throw new VerificationException("zip is corrupt: entry '" + PathNames.shorten(name)
            + "' differs between its local header and the central directory");
      }
      p = next;
    }
    if (p != end) {
      throw new VerificationException("zip is corrupt: the central directory has " + (end - p)
          + " unexpected bytes after its last entry");
    }
  }

  /** Returns {uncompressed, compressed} sizes, taking the Zip64 extra field into account. */
  private static long[] zip64Sizes(byte[] b, int extraStart, int extraLength, long size, long csize) {
    long s = size;
    long c = csize;
    int p = extraStart;
    int end = extraStart + extraLength;
    while (p + 4 <= end) {
      int id = u16(b, p);
      int length = u16(b, p + 2);
      if (id == 0x0001) {
        int q = p + 4;
        if (s == U32_MAX && q + 8 <= p + 4 + length) {
          s = u64(b, q);
          q += 8;
        }
        if (c == U32_MAX && q + 8 <= p + 4 + length) {
          c = u64(b, q);
        }
      }
      p += 4 + length;
    }
    return new long[] {s, c};
  }

  private static int findEndRecord(byte[] tail) {
    for (int p = tail.length - EOCD_LENGTH; p >= 0 && p >= tail.length - EOCD_LENGTH - 0xFFFF; p--) {
      if (s32(tail, p) == EOCD_SIG && p + EOCD_LENGTH + u16(tail, p + 20) == tail.length) {
        return p;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static int s32(byte[] b, int p) {
    return (int) u32(b, p);
  }

  private static long u32(byte[] b, int p) {
    return (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24;
  }

  private static long u64(byte[] b, int p) {
    return u32(b, p) | u32(b, p + 4) << 32;
  }
}
