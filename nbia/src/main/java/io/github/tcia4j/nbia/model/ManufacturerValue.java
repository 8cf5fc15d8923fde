package io.github.tcia4j.nbia.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One equipment manufacturer, as {@code getManufacturer()} returns it (NBIA
 * {@code getManufacturerValues}), e.g. {@code SIEMENS}.
 *
 * @param name the value, or {@code null} where the server sent an empty object {@code {}} for a missing value
 */
public record ManufacturerValue(
    @JsonbProperty("Manufacturer") String name
) {
}
