package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * The size of one series, as {@code getSeriesSize()} returns it (NBIA {@code getSeriesSize}). The
 * server computes it from the image table, which is slow; the {@code FileSize} column of
 * {@link Series} holds the same figure.
 *
 * @param totalSizeInBytes the total size of the series files in bytes
 * @param objectCount the number of files (DICOM instances)
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record SeriesSize(
    @JsonbProperty("TotalSizeInBytes") Long totalSizeInBytes,
    @JsonbProperty("ObjectCount") Integer objectCount,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param totalSizeInBytes see the record description
   * @param objectCount see the record description
   * @param extra unknown fields
   */
  public SeriesSize {
    extra = RecordMapper.copyOfExtras(extra);
  }
}
