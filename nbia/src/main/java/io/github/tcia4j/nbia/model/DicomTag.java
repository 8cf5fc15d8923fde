package io.github.tcia4j.nbia.model;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Map;

/**
 * One row of a series' DICOM header, as {@code getDicomTags()} returns it (NBIA {@code getDicomTags},
 * read from the first image of the series). Elements inside sequences carry one {@code >} per
 * nesting level, and each sequence ends with a row named {@code End <sequence name>}.
 *
 * @param element the tag, e.g. {@code (0008,0060)} or {@code >(0020,000E)}
 * @param name the attribute name, e.g. {@code Modality} (empty for private tags)
 * @param data the value as text (multiple values joined by a backslash), {@code ...} for pixel data, or {@code null}
 * @param extra fields the server sent that this record does not know, in server order (kept so nothing is lost)
 */
public record DicomTag(
    @JsonbProperty("element") String element,
    @JsonbProperty("name") String name,
    @JsonbProperty("data") String data,
    @JsonbTransient @ExtraFields Map<String, Object> extra
) {

  /**
   * Normalises the extra fields to an unmodifiable map (empty when none).
   *
   * @param element see the record description
   * @param name see the record description
   * @param data see the record description
   * @param extra unknown fields
   */
  public DicomTag {
    extra = RecordMapper.copyOfExtras(extra);
  }

  /**
   * Creates a row without extra fields.
   *
   * @param element the tag, e.g. {@code (0008,0060)}
   * @param name the attribute name
   * @param data the value as text, or {@code null}
   */
  public DicomTag(String element, String name, String data) {
    this(element, name, data, Map.of());
  }
}
