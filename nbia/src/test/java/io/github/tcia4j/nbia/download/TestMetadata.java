package io.github.tcia4j.nbia.download;

import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.time.LocalDate;

/** Builds {@link SeriesMetadata} rows for tests. */
public final class TestMetadata {
  private TestMetadata() {}

  /**
   * A metadata row with the columns downloads use.
   *
   * @param uid the Series Instance UID
   * @param collection the collection
   * @param imageCount the image count, or null
   * @param fileSize the total size, or null
   * @return the row
   */
  public static SeriesMetadata of(String uid, String collection, Integer imageCount, Long fileSize) {
    return new SeriesMetadata("PAT-" + uid.substring(uid.length() - 1), null, null, null, null, null, null,
        uid + ".0", LocalDate.of(2020, 1, 2), null, null, null, null, null, null, uid, collection, null, "CT", null,
        null, "desc", null, null, null, null, null, null, null, null, imageCount, null, "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/", "https://doi.org/10.80000/" + collection, fileSize, null,
        null, null, null, null);
  }
}
