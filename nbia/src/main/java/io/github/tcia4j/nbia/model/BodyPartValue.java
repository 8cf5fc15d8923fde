package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One body part, as {@code getBodyPart()} returns it (NBIA {@code getBodyPartValues}), e.g.
 * {@code CHEST}. The server sends an empty object for series without a body part; that reads as a
 * {@code null} name.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 */
public record BodyPartValue(
    @JsonbProperty("BodyPartExamined") String name
) {
}
