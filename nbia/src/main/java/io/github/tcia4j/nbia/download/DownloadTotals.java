package io.github.tcia4j.nbia.download;

import java.util.List;

/**
 * The totals of a download run.
 *
 * @param requested the series in the run (after {@code number} was applied)
 * @param downloaded the series downloaded now
 * @param alreadyPresent the series that were already complete on disk
 * @param repaired the series completed by instance-level repair
 * @param failed the series that failed
 * @param cancelled the series stopped by a cancellation
 * @param bytes the bytes on disk of the complete series (all statuses that are complete)
 * @param images the DICOM files of the complete series
 * @param bytesReceived the HTTP body bytes received during the run (zips and single images,
 *     failed attempts included)
 */
public record DownloadTotals(int requested, int downloaded, int alreadyPresent, int repaired, int failed,
    int cancelled, long bytes, long images, long bytesReceived) {

  /**
   * Adds up outcomes.
   *
   * @param outcomes the outcomes of a run
   * @return their totals
   */
  public static DownloadTotals of(List<SeriesOutcome> outcomes) {
    int downloaded = 0;
    int present = 0;
    int repaired = 0;
    int failed = 0;
    int cancelled = 0;
    long bytes = 0;
    long images = 0;
    long received = 0;
    for (SeriesOutcome o : outcomes) {
      switch (o.status()) {
        case DOWNLOADED -> downloaded++;
        case ALREADY_PRESENT -> present++;
        case REPAIRED -> repaired++;
        case FAILED -> failed++;
        case CANCELLED -> cancelled++;
      }
      if (o.status().isComplete()) {
        bytes += o.bytes();
        images += o.images();
      }
      received += o.bytesReceived();
    }
    return new DownloadTotals(outcomes.size(), downloaded, present, repaired, failed, cancelled, bytes, images,
        received);
  }

  /**
   * Counts the series that are complete on disk.
   *
   * @return downloaded + already present + repaired
   */
  public int complete() {
    return downloaded + alreadyPresent + repaired;
  }
}
