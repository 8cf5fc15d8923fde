package io.github.tcia4j.testkit.internal.download;

import io.github.tcia4j.testkit.dicom.InstanceSpec;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One DICOM file of a series download.
 *
 * @param name the entry name, e.g. {@code 00000001.dcm} or {@code 1-01.dcm}
 * @param size the exact file size (what {@code SyntheticDicom.size} gives)
 * @param spec builds the instance's spec when the entry is written
 */
public record DicomEntry(String name, long size, Supplier<InstanceSpec> spec) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param size the size
   * @param spec the spec supplier
   */
  public DicomEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, got " + size);
    }
  }
}
