package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of a series' DICOM header, as {@code getDicomTags()} returns it (NBIA {@code getDicomTags},
 * read from the first image of the series). Elements inside sequences carry one {@code >} per
 * nesting level, and each sequence ends with a row named {@code End <sequence name>}.
 *
 * @param element the tag, e.g. {@code (0008,0060)} or {@code >(0020,000E)}
 * @param name the attribute name, e.g. {@code Modality} (empty for private tags)
 * @param data the value as text (multiple values joined by a backslash), {@code ...} for pixel data, or {@code null}
 */
public record DicomTag(
    @JsonbProperty("element") String element,
    @JsonbProperty("name") String name,
    @JsonbProperty("data") String data
) {
}
