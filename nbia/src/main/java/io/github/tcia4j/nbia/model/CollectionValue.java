package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One collection name, as {@code getCollections()} returns it (NBIA {@code getCollectionValues}).
 * Names keep the server's mixed case, e.g. {@code 4D-Lung}.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 */
public record CollectionValue(
    @JsonbProperty("Collection") String name
) {
}
