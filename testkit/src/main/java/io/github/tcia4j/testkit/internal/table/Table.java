package io.github.tcia4j.testkit.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A result table in the server's column order. Cells hold {@code null}, {@link String},
 * {@link Integer}, {@link Long}, {@link java.math.BigDecimal}, {@link Boolean} or
 * {@link SqlTimestamp}.
 */
public final class Table {
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  /**
   * Creates an empty table.
   *
   * @param columns the column names in order
   */
  public Table(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  /**
   * Creates an empty table.
   *
   * @param columns the column names in order
   * @return the table
   */
  public static Table of(String... columns) {
    return new Table(Arrays.asList(columns));
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column, {@code null} for a missing value
   * @return this table
   * @throws IllegalArgumentException if the number of cells does not match the columns
   */
  public Table add(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("Row has " + cells.length + " cells but the table has "
          + columns.size() + " columns " + columns);
    }
    rows.add(cells.clone());
    return this;
  }

  /**
   * The column names.
   *
   * @return the names in order
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The rows.
   *
   * @return an unmodifiable view of the rows
   */
  public List<Object[]> rows() {
    return Collections.unmodifiableList(rows);
  }

  /**
   * Whether the table has no rows.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Whether the table has exactly one column (NBIA serialises those differently).
   *
   * @return true for one column
   */
  public boolean singleColumn() {
    return columns.size() == 1;
  }
}
