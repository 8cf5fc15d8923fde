package io.github.tcia4j.nbia;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;

/**
 * Links that open a study and one of its series in the OHIF viewer of the NCI Imaging Data
 * Commons (IDC), which hosts TCIA's public radiology. Export a list of them with
 * {@code Export.write(links, ViewerLink.class, TableFormat.CSV, path)}; the columns are named after
 * the record's wire names.
 *
 * @param studyInstanceUid the Study Instance UID (column {@code StudyInstanceUID})
 * @param seriesInstanceUid the Series Instance UID (column {@code SeriesInstanceUID})
 * @param studyUrl the viewer URL of the whole study (column {@code StudyViewerUrl})
 * @param seriesUrl the viewer URL of the study opened on this series (column
 *     {@code SeriesViewerUrl})
 */
public record ViewerLink(
    @JsonbProperty("StudyInstanceUID") String studyInstanceUid,
    @JsonbProperty("SeriesInstanceUID") String seriesInstanceUid,
    @JsonbProperty("StudyViewerUrl") String studyUrl,
    @JsonbProperty("SeriesViewerUrl") String seriesUrl) {

  /**
   * Checks that no part is missing.
   *
   * @param studyInstanceUid the Study Instance UID
   * @param seriesInstanceUid the Series Instance UID
   * @param studyUrl the study URL
   * @param seriesUrl the series URL
   */
  public ViewerLink {
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    Objects.requireNonNull(studyUrl, "studyUrl");
    Objects.requireNonNull(seriesUrl, "seriesUrl");
  }
}
