package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One SOP Instance UID of a series, as {@code getSopInstanceUids()} returns it (NBIA
 * {@code getSOPInstanceUIDs}). The server does not guarantee any order.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 */
public record SopInstanceValue(
    @JsonbProperty("SOPInstanceUID") String name
) {
}
