package io.github.tcia4j.nbia.download;

import java.nio.file.Path;

/**
 * What a download run is about to do, known before the first byte is fetched: the figures come
 * from the bulk series metadata ({@code FileSize}, {@code ImageCount}) and the completion records
 * already on disk. A progress display uses it for its totals.
 *
 * @param root the download folder
 * @param seriesCount the series in the run (those to fetch plus those already present)
 * @param toDownload the series that will be fetched
 * @param alreadyPresent the series already complete on disk
 * @param expectedBytes the sum of {@code FileSize} over the series to fetch (uncompressed DICOM
 *     bytes; the zips on the wire are usually smaller)
 * @param expectedImages the sum of {@code ImageCount} over the series to fetch
 * @param unknownSize how many of the series to fetch have no {@code FileSize} or
 *     {@code ImageCount} in the metadata (their figures are not in the sums)
 */
public record DownloadPlan(Path root, int seriesCount, int toDownload, int alreadyPresent, long expectedBytes,
    long expectedImages, int unknownSize) {
}
