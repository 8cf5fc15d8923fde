/**
 * Table export: rows (records, {@code Map}s or any type with explicit columns) written as CSV,
 * JSON or JSON Lines, streaming row by row. {@link io.github.tcia4j.common.export.TableSchema}
 * defines the columns, {@link io.github.tcia4j.common.export.TableWriter} writes row by row and
 * {@link io.github.tcia4j.common.export.Export} writes a whole table in one call. Files are
 * replaced atomically.
 */
package io.github.tcia4j.common.export;
