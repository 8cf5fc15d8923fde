/**
 * The {@code tcia_utils.utils} helpers for tables of rows:
 * {@link io.github.tcia4j.common.table.Tables} (search, records to rows, column copy by key)
 * and {@link io.github.tcia4j.common.table.DiskSpace} (human-readable sizes with exactly the
 * Python output).
 */
package io.github.tcia4j.common.table;
