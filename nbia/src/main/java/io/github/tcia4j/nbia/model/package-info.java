/**
 * The records NBIA queries return. Each record reads every known column-set variant of its
 * response by name (old and new spellings, spaced CSV headers) and keeps columns it does not know
 * in its {@code extra} map. The canonical column names, used for exports, are those of the
 * current v4 server and of the {@code tcia_utils} DataFrames, so pandas code written against
 * {@code tcia_utils} reads tcia4j's CSV and JSON exports unchanged.
 */
package io.github.tcia4j.nbia.model;
