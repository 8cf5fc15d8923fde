package io.github.tcia4j.common.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table: a name and a function that reads the column's value from a row.
 *
 * @param <T> the row type
 * @param name the column name, used as the CSV header and the JSON key
 * @param extractor reads the value from a row; it may return {@code null}
 */
public record Column<T>(String name, Function<? super T, ?> extractor) {

  /**
   * Validates the column.
   *
   * @param name the column name, not {@code null} or empty
   * @param extractor the value function, not {@code null}
   */
  public Column {
    Objects.requireNonNull(name, "column name");
    Objects.requireNonNull(extractor, () -> "value function of column '" + name + "'");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A column name must not be empty; give the column a name");
    }
  }

  /**
   * Creates a column.
   *
   * @param <T> the row type
   * @param name the column name
   * @param extractor reads the value from a row
   * @return the column
   */
  public static <T> Column<T> of(String name, Function<? super T, ?> extractor) {
    return new Column<>(name, extractor);
  }

  /**
   * Reads this column's value from a row.
   *
   * @param row the row
   * @return the value, possibly {@code null}
   */
  public Object extract(T row) {
    return extractor.apply(row);
  }
}
