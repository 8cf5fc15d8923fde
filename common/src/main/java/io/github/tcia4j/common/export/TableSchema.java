package io.github.tcia4j.common.export;

import io.github.tcia4j.common.internal.RecordColumnReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a table: which values of a row are written, in which order and under which
 * names. Immutable and thread-safe.
 *
 * <p>Three ways to get one:
 * <ul>
 *   <li>{@link #ofRecord(Class)}: the components of a record, in declaration order, named by
 *       their {@code @JsonbProperty} value (so CSV headers equal the API's JSON keys) or else by
 *       the component name; components marked {@code @JsonbTransient} are left out;
 *   <li>{@link #builder()} or {@link #of(List)}: explicit columns, each a name and a function;
 *   <li>{@link #forMaps(List)} and {@link #forMapsLike(Map)}: {@code Map} rows, with an explicit
 *       list of keys or the keys of a first row; a key missing from a row gives {@code null}.
 * </ul>
 * {@link #withColumn(String, Function)} appends a computed column to any schema.
 *
 * @param <T> the row type
 */
public final class TableSchema<T> {
  private final List<Column<T>> columns;
  private final List<String> names;

  private TableSchema(List<Column<T>> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) == null) {
        throw new NullPointerException("column " + i + " is null; a schema needs real columns");
      }
    }
    List<Column<T>> copy = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    List<String> n = new ArrayList<>(copy.size());
    for (Column<T> column : copy) {
      if (!seen.add(column.name())) {
        throw new IllegalArgumentException("Column '" + column.name() + "' appears twice; column"
            + " names must be unique (columns: " + n + ")");
      }
      n.add(column.name());
    }
    this.columns = copy;
    this.names = List.copyOf(n);
  }

  /**
   * Returns the schema of a record class: one column per component, in declaration order.
   *
   * @param <R> the record type
   * @param type the record class
   * @return the schema
   * @throws IllegalArgumentException if {@code type} is not a record, or two components share a
   *     name
   */
  public static <R extends Record> TableSchema<R> ofRecord(Class<R> type) {
    Objects.requireNonNull(type, "record type");
    List<Column<R>> columns = new ArrayList<>();
    for (RecordColumnReader.RecordColumn rc : RecordColumnReader.columns(type)) {
      columns.add(new Column<>(rc.name(), rc::read));
    }
    return new TableSchema<>(columns);
  }

  /**
   * Returns the schema of a record class followed by one column per key found in the records'
   * {@link io.github.tcia4j.common.json.ExtraFields extra fields} (fields the server sent that the
   * record does not know), in first-seen order. Nothing the server sent is lost in the export.
   * The rows are read once to collect the keys; for a one-pass stream use {@link #ofRecord(Class)}.
   *
   * @param <R> the record type
   * @param type the record class
   * @param rows the records that will be written
   * @return the schema
   * @throws NullPointerException naming the row's position when a row is {@code null}
   */
  public static <R extends Record> TableSchema<R> ofRecordWithExtras(Class<R> type, Iterable<? extends R> rows) {
    Objects.requireNonNull(rows, "rows");
    TableSchema<R> schema = ofRecord(type);
    java.util.function.Function<R, Map<String, ?>> extras = RecordColumnReader.extraFields(type).orElse(null);
    if (extras == null) {
      return schema;
    }
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    long index = 0;
    for (R row : rows) {
      if (row == null) {
        throw new NullPointerException("row " + index + " is null; tables cannot hold null rows");
      }
      index++;
      Map<String, ?> m = extras.apply(row);
      if (m != null) {
        keys.addAll(m.keySet());
      }
    }
    for (String key : keys) {
      if (schema.column(key).isEmpty()) {
        schema = schema.withColumn(key, r -> {
          Map<String, ?> m = extras.apply(r);
          return m == null ? null : m.get(key);
        });
      }
    }
    return schema;
  }

  /**
   * Returns a schema of explicit columns.
   *
   * @param <T> the row type
   * @param columns the columns in output order; names must be unique
   * @return the schema
   * @throws IllegalArgumentException if two columns share a name
   */
  public static <T> TableSchema<T> of(List<Column<T>> columns) {
    Objects.requireNonNull(columns, "columns");
    return new TableSchema<>(columns);
  }

  /**
   * Returns a schema of explicit columns.
   *
   * @param <T> the row type
   * @param columns the columns in output order; names must be unique
   * @return the schema
   * @throws IllegalArgumentException if two columns share a name
   */
  @SafeVarargs
  public static <T> TableSchema<T> of(Column<T>... columns) {
    Objects.requireNonNull(columns, "columns");
    List<Column<T>> list = new ArrayList<>(columns.length);
    for (Column<T> column : columns) {
      list.add(column);
    }
    return new TableSchema<>(list);
  }

  /**
   * Starts a schema of explicit columns.
   *
   * <pre>{@code
   * TableSchema<Series> schema = TableSchema.<Series>builder()
   *     .column("SeriesInstanceUID", Series::seriesUid)
   *     .column("ImageCount", Series::imageCount)
   *     .build();
   * }</pre>
   *
   * @param <T> the row type
   * @return an empty builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns a schema for {@code Map} rows with the given keys as columns.
   *
   * @param keys the keys, in output order
   * @return the schema; a key missing from a row gives {@code null}
   * @throws IllegalArgumentException if a key repeats
   */
  public static TableSchema<Map<String, ?>> forMaps(List<String> keys) {
    Objects.requireNonNull(keys, "keys");
    List<Column<Map<String, ?>>> columns = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key == null) {
        throw new NullPointerException("key " + i + " is null; map columns need non-null keys");
      }
      columns.add(new Column<>(key, row -> row.get(key)));
    }
    return new TableSchema<>(columns);
  }

  /**
   * Returns a schema for {@code Map} rows with the given keys as columns.
   *
   * @param keys the keys, in output order
   * @return the schema; a key missing from a row gives {@code null}
   * @throws IllegalArgumentException if a key repeats
   */
  public static TableSchema<Map<String, ?>> forMaps(String... keys) {
    Objects.requireNonNull(keys, "keys");
    return forMaps(List.of(keys));
  }

  /**
   * Returns a schema for {@code Map} rows whose columns are the keys of one row, in that row's
   * order (use the first row of a result).
   *
   * @param firstRow the row whose keys become the columns
   * @return the schema; a key missing from another row gives {@code null}
   */
  public static TableSchema<Map<String, ?>> forMapsLike(Map<String, ?> firstRow) {
    Objects.requireNonNull(firstRow, "firstRow");
    return forMaps(new ArrayList<>(firstRow.keySet()));
  }

  /**
   * Returns this schema with one more column at the end.
   *
   * @param name the new column's name, not used yet
   * @param extractor reads the new column's value from a row
   * @return a new schema
   * @throws IllegalArgumentException if the name is already a column
   */
  public TableSchema<T> withColumn(String name, Function<? super T, ?> extractor) {
    return withColumn(new Column<>(name, extractor));
  }

  /**
   * Returns this schema with one more column at the end.
   *
   * @param column the new column, whose name is not used yet
   * @return a new schema
   * @throws IllegalArgumentException if the name is already a column
   */
  public TableSchema<T> withColumn(Column<T> column) {
    Objects.requireNonNull(column, "column");
    List<Column<T>> more = new ArrayList<>(columns);
    more.add(column);
    return new TableSchema<>(more);
  }

  /**
   * Returns the columns.
   *
   * @return the columns in output order, unmodifiable
   */
  public List<Column<T>> columns() {
    return columns;
  }

  /**
   * Returns the column names.
   *
   * @return the names in output order, unmodifiable
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the number of columns.
   *
   * @return the column count
   */
  public int size() {
    return columns.size();
  }

  /**
   * Finds a column by name.
   *
   * @param name the exact column name
   * @return the column, or empty when there is none of that name
   */
  public Optional<Column<T>> column(String name) {
    Objects.requireNonNull(name, "name");
    for (Column<T> column : columns) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads all column values of a row into an ordered map, column name to value.
   *
   * @param row the row
   * @return an unmodifiable map in column order; values may be {@code null}
   */
  public Map<String, Object> toMap(T row) {
    Objects.requireNonNull(row, "row");
    Map<String, Object> map = new LinkedHashMap<>();
    for (Column<T> column : columns) {
      map.put(column.name(), column.extract(row));
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return "TableSchema" + names;
  }

  /**
   * Collects explicit columns for a {@link TableSchema}. Not thread-safe.
   *
   * @param <T> the row type
   */
  public static final class Builder<T> {
    private final List<Column<T>> columns = new ArrayList<>();

    private Builder() {}

    /**
     * Appends a column.
     *
     * @param name the column name
     * @param extractor reads the value from a row
     * @return this builder
     */
    public Builder<T> column(String name, Function<? super T, ?> extractor) {
      columns.add(new Column<>(name, extractor));
      return this;
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     * @throws IllegalArgumentException if two columns share a name
     */
    public TableSchema<T> build() {
      return new TableSchema<>(columns);
    }
  }
}
