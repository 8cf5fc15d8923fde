package io.github.tcia4j.testkit.internal.download;

import io.github.tcia4j.testkit.fault.StreamFaultKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a stream fault hits a series download: inside one DICOM entry, at a byte offset of that
 * entry's uncompressed data.
 *
 * <p>The request's fault position (a fraction between 0.05 and 0.95, drawn from the seed) is
 * applied to the concatenated uncompressed DICOM files of the download; the entry holding that
 * byte and the offset within it follow. So the place depends only on the seed, the request's
 * fault counter and the series, never on how well the data compress.
 *
 * @param kind the fault
 * @param entry the index of the DICOM entry in writing order (0 = the first DICOM file)
 * @param offset the offset in that entry's uncompressed bytes
 */
public record FaultPoint(StreamFaultKind kind, int entry, long offset) {

  /**
   * Checks the components.
   *
   * @param kind the fault
   * @param entry the entry index
   * @param offset the offset
   */
  public FaultPoint {
    Objects.requireNonNull(kind, "kind");
    if (entry < 0 || offset < 0) {
      throw new IllegalArgumentException("entry and offset must be >= 0, got " + entry + " and "
          + offset);
    }
  }

  /**
   * Places a fault.
   *
   * @param kind the fault, if the request has one
   * @param position the fraction of the uncompressed DICOM bytes at which it hits, in [0, 1)
   * @param entrySizes the sizes of the DICOM entries in writing order
   * @return the place; empty without a fault or without any DICOM byte
   */
  public static Optional<FaultPoint> place(Optional<StreamFaultKind> kind, double position,
      List<Long> entrySizes) {
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    long total = 0;
    for (long s : entrySizes) {
      total += s;
    }
    if (total <= 0) {
      return Optional.empty();
    }
    long target = Math.min(total - 1, Math.max(0, (long) (position * total)));
    long start = 0;
    for (int k = 0; k < entrySizes.size(); k++) {
      long size = entrySizes.get(k);
      if (target < start + size) {
        return Optional.of(new FaultPoint(kind.get(), k, target - start));
      }
      start += size;
    }
    throw new IllegalStateException("fault target " + target + " beyond " + total + " bytes");
  }
}
