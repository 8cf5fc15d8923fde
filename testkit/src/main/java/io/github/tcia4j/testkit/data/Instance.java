package io.github.tcia4j.testkit.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One image (SOP instance) of a series.
 *
 * @param sopInstanceUid the SOPInstanceUID
 * @param instanceNumber the InstanceNumber (1-based; the {@code NewFileNames=Yes} order)
 * @param acquisitionNumber the AcquisitionNumber, if stored (drives {@code NewFileNames=Yes}
 *     naming: a change starts a new {@code <a>-} prefix)
 * @param pixelSpacingRow the row pixel spacing in mm
 * @param pixelSpacingColumn the column pixel spacing in mm
 * @param sliceThickness the SliceThickness in mm, if stored
 * @param fileSize the exact size in bytes of the instance's synthetic DICOM file
 * @param pixelSeed the seed of the instance's synthetic pixel data
 */
public record Instance(String sopInstanceUid, int instanceNumber,
    Optional<Integer> acquisitionNumber, double pixelSpacingRow, double pixelSpacingColumn,
    Optional<Double> sliceThickness, long fileSize, long pixelSeed) {

  /**
   * Checks the components.
   *
   * @param sopInstanceUid the UID
   * @param instanceNumber the instance number
   * @param acquisitionNumber the acquisition number
   * @param pixelSpacingRow the row spacing
   * @param pixelSpacingColumn the column spacing
   * @param sliceThickness the slice thickness
   * @param fileSize the file size
   * @param pixelSeed the pixel seed
   */
  public Instance {
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(acquisitionNumber, "acquisitionNumber");
    Objects.requireNonNull(sliceThickness, "sliceThickness");
    if (fileSize < 0) {
      throw new IllegalArgumentException("fileSize must be >= 0, got " + fileSize);
    }
  }
}
