package io.github.tcia4j.testkit.data;

import java.util.List;
import java.util.Objects;

/**
 * A series another series (SEG, RTSTRUCT) refers to; written into the referring DICOM file.
 *
 * @param studyInstanceUid the referenced series' StudyInstanceUID
 * @param seriesInstanceUid the referenced SeriesInstanceUID
 * @param sopInstanceUids the referenced instances
 * @param referencedSopClassUid the SOP class of the referenced instances
 */
public record SeriesReference(String studyInstanceUid, String seriesInstanceUid,
    List<String> sopInstanceUids, String referencedSopClassUid) {

  /**
   * Checks and copies the components.
   *
   * @param studyInstanceUid the study UID
   * @param seriesInstanceUid the series UID
   * @param sopInstanceUids the instance UIDs
   * @param referencedSopClassUid the SOP class UID
   */
  public SeriesReference {
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    sopInstanceUids = List.copyOf(sopInstanceUids);
    Objects.requireNonNull(referencedSopClassUid, "referencedSopClassUid");
  }
}
