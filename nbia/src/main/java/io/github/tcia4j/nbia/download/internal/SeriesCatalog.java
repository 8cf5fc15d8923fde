package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.util.List;

/** The queries a download needs besides the downloads themselves (answered by {@code NbiaClient}). */
public interface SeriesCatalog {

  /**
   * Returns the bulk metadata of series ({@code getSeriesList}). The download asks for at most
   * {@link #metadataChunkSize()} UIDs per call, so that a failed call costs only the metadata of
   * its own series.
   *
   * @param seriesUids the UIDs
   * @return one row per series the server knows
   * @throws io.github.tcia4j.common.error.TciaException when the query fails
   */
  List<SeriesMetadata> metadata(List<String> seriesUids);

  /**
   * Tells how many UIDs one {@link #metadata(List)} call should carry: the chunk size of the bulk
   * query ({@value io.github.tcia4j.nbia.internal.SeriesLists#DEFAULT_CHUNK_SIZE}) by default, 1
   * for an API generation that asks per series anyway (v1), so that one failing series does not
   * take the metadata of the others with it.
   *
   * @return the chunk size, at least 1
   */
  default int metadataChunkSize() {
    return io.github.tcia4j.nbia.internal.SeriesLists.DEFAULT_CHUNK_SIZE;
  }

  /**
   * Lists the SOP Instance UIDs of a series ({@code getSopInstanceUids}).
   *
   * @param seriesUid the Series Instance UID
   * @return the UIDs; empty when the server knows none
   */
  List<String> sopInstanceUids(String seriesUid);
}
