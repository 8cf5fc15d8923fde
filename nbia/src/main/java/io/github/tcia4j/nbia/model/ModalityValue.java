package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One modality, as {@code getModality()} returns it (NBIA {@code getModalityValues}), e.g.
 * {@code CT}. v4 servers return distinct upper-cased values.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 */
public record ModalityValue(
    @JsonbProperty("Modality") String name
) {
}
