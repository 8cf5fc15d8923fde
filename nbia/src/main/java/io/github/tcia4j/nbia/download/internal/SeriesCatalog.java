package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.util.List;

/** The queries a download needs besides the downloads themselves (answered by {@code NbiaClient}). */
public interface SeriesCatalog {

  /**
   * Returns the bulk metadata of series ({@code getSeriesList}).
   *
   * @param seriesUids the UIDs
   * @return one row per series the server knows
   */
  List<SeriesMetadata> metadata(List<String> seriesUids);

  /**
   * Lists the SOP Instance UIDs of a series ({@code getSopInstanceUids}).
   *
   * @param seriesUid the Series Instance UID
   * @return the UIDs; empty when the server knows none
   */
  List<String> sopInstanceUids(String seriesUid);
}
