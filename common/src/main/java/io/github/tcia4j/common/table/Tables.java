package io.github.tcia4j.common.table;

import io.github.tcia4j.common.export.Column;
import io.github.tcia4j.common.export.TableSchema;
import io.github.tcia4j.common.internal.ExportCells;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Table helpers ported from {@code tcia_utils.utils}: search rows for text
 * ({@code searchDf}), turn records into generic rows, and copy columns between row lists by a
 * key ({@code copy_df_cols}). Rows are records, {@code Map}s, or any type with an explicit
 * {@link TableSchema}. Every method returns new lists and never changes its inputs.
 */
public final class Tables {
  private Tables() {}

  /**
   * Keeps the rows where any term occurs in any column (port of {@code searchDf} without a
   * column name). Rows may be records (columns as in {@link TableSchema#ofRecord(Class)}) or
   * {@code Map}s (all values).
   *
   * <p>Matching is a case-insensitive substring test of each term against each cell's text
   * (numbers plain, dates ISO-8601, as in the exporter). Unlike Python, {@code null} never matches
   * (Python matched the terms "none" and "nan"), and a list cell matches element by element
   * (Python matched the list's printed form, brackets and quotes included).
   *
   * @param <T> the row type
   * @param rows the rows
   * @param terms the search terms; a row matches if any of them matches
   * @return the matching rows in their original order, as a new unmodifiable list
   * @throws IllegalArgumentException if no term is given, a term is {@code null}, or a row is
   *     neither a record nor a map (pass a schema then)
   */
  public static <T> List<T> search(List<? extends T> rows, String... terms) {
    Objects.requireNonNull(terms, "terms");
    return search(rows, List.of(checkTerms(Optional.empty(), terms)));
  }

  /**
   * Keeps the rows where any term occurs in any column; see {@link #search(List, String...)}.
   *
   * @param <T> the row type
   * @param rows the rows (records or maps)
   * @param terms the search terms
   * @return the matching rows in their original order
   * @throws IllegalArgumentException if {@code terms} is empty or holds {@code null}, or a row
   *     is neither a record nor a map
   */
  public static <T> List<T> search(List<? extends T> rows, Collection<String> terms) {
    Objects.requireNonNull(rows, "rows");
    List<String> lower = lowerTerms(terms);
    List<T> result = new ArrayList<>();
    for (T row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      if (anyCellMatches(cells(row), lower)) {
        result.add(row);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Keeps the rows where any term occurs in one column (port of {@code searchDf} with
   * {@code column_name}). Matching is as in {@link #search(List, String...)}. For {@code Map}
   * rows a key missing from a row counts as {@code null}.
   *
   * @param <T> the row type
   * @param rows the rows (records or maps)
   * @param column the column to look in, e.g. {@code "Modality"}
   * @param terms the search terms
   * @return the matching rows in their original order
   * @throws IllegalArgumentException if the column does not exist (the message lists the
   *     available columns), no term is given, or a term is {@code null}
   */
  public static <T> List<T> searchColumn(List<? extends T> rows, String column, String... terms) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(column, "column is null; give the name of the column to search in, e.g. \"Modality\"");
    Objects.requireNonNull(terms, "terms");
    return searchColumn(rows, column, List.of(checkTerms(Optional.of(column), terms)));
  }

  /**
   * Keeps the rows where any term occurs in one column; see
   * {@link #searchColumn(List, String, String...)}.
   *
   * @param <T> the row type
   * @param rows the rows (records or maps)
   * @param column the column to look in
   * @param terms the search terms
   * @return the matching rows in their original order
   * @throws IllegalArgumentException if the column does not exist, or {@code terms} is empty or
   *     holds {@code null}
   */
  public static <T> List<T> searchColumn(List<? extends T> rows, String column,
      Collection<String> terms) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(column, "column is null; give the name of the column to search in, e.g. \"Modality\"");
    List<String> lower = lowerTerms(terms);
    requireColumn(rows, column);
    List<T> result = new ArrayList<>();
    for (T row : rows) {
      if (cellMatches(cell(row, column), lower)) {
        result.add(row);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Keeps the rows of any type where any term occurs in any column of the given schema.
   *
   * @param <T> the row type
   * @param rows the rows
   * @param schema the columns to look in
   * @param terms the search terms
   * @return the matching rows in their original order
   * @throws IllegalArgumentException if {@code terms} is empty or holds {@code null}
   */
  public static <T> List<T> search(List<? extends T> rows, TableSchema<T> schema,
      Collection<String> terms) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(schema, "schema");
    List<String> lower = lowerTerms(terms);
    List<T> result = new ArrayList<>();
    for (T row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      boolean match = false;
      for (Column<T> column : schema.columns()) {
        if (cellMatches(column.extract(row), lower)) {
          match = true;
          break;
        }
      }
      if (match) {
        result.add(row);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Turns rows into ordered maps, column name to value: the bridge from records to the generic
   * rows that {@link #copyColumns} and the {@code Map} exporters work on. Values are kept as
   * they are (a {@code LocalDate} stays a {@code LocalDate}).
   *
   * @param <T> the row type
   * @param rows the rows
   * @param schema the columns, e.g. {@code TableSchema.ofRecord(Series.class)}
   * @return one unmodifiable map per row, keys in column order; values may be {@code null}
   */
  public static <T> List<Map<String, Object>> toRows(List<? extends T> rows,
      TableSchema<T> schema) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(schema, "schema");
    List<Map<String, Object>> result = new ArrayList<>(rows.size());
    for (T row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      result.add(schema.toMap(row));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Copies columns from source rows into target rows matched by a key column (port of
   * {@code copy_df_cols}, a lookup-style left join).
   *
   * <p>For each target row, the first source row whose key equals the target's key is found;
   * for each named column the source value is taken where it is not {@code null}, otherwise the
   * target's value stays. A target row without a match keeps its values and gets {@code null}
   * for a column it lacks. New columns are appended after the target's own columns, in the
   * order given. Keys compare with {@code equals}, except that numbers compare by value
   * ({@code 1}, {@code 1L} and {@code 1.0} are equal); a {@code null} key matches nothing.
   *
   * <p>Differences from Python, on purpose: the inputs are never changed (Python sometimes
   * modified the target in place); no {@code <column>_lookup} columns are left behind; when
   * several source rows share a key the <b>first one wins</b> (Python multiplied the target
   * row); a column missing from every source row throws instead of being filled with
   * {@code NA}. With an empty source list every named column is simply added with
   * {@code null} where the target lacks it.
   *
   * <p>Example (the reference's): target {@code k=[1,2,3], v=["a",null,"c"]}, source
   * {@code k=[2,3,4], v=["B","C","D"], w=["x","y","z"]}, columns {@code [v, w]} gives columns
   * {@code k, v, w} and rows {@code (1,"a",null)}, {@code (2,"B","x")}, {@code (3,"C","y")}.
   * Asking also for {@code "nope"} throws {@code IllegalArgumentException} naming
   * {@code 'nope'} (Python added an all-NA column and logged an error).
   *
   * @param target the rows to complete; not changed
   * @param source the rows to copy from; not changed
   * @param keyColumn the column that identifies a row in both lists
   * @param columns the columns to copy, in the order new ones are appended
   * @return new unmodifiable row maps, one per target row, in target order
   * @throws IllegalArgumentException if the key column is missing from every target row or
   *     every source row, if a column is missing from every source row, or if no column is
   *     given
   */
  public static List<Map<String, Object>> copyColumns(List<? extends Map<String, ?>> target,
      List<? extends Map<String, ?>> source, String keyColumn, List<String> columns) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(keyColumn, "keyColumn");
    Objects.requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Name at least one column to copy");
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      if (c == null) {
        throw new IllegalArgumentException("Column " + i + " to copy is null; name each column");
      }
      wanted.add(c);
    }
    if (!target.isEmpty() && !anyHasKey(target, keyColumn)) {
      throw new IllegalArgumentException("Key column '" + keyColumn + "' is missing from every"
          + " target row; target columns: " + columnsOf(target));
    }
    Map<Object, Map<String, ?>> index = new HashMap<>();
    if (!source.isEmpty()) {
      Set<String> sourceColumns = columnsOf(source);
      if (!sourceColumns.contains(keyColumn)) {
        throw new IllegalArgumentException("Key column '" + keyColumn + "' is missing from every"
            + " source row; source columns: " + sourceColumns);
      }
      for (String c : wanted) {
        if (!sourceColumns.contains(c)) {
          throw new IllegalArgumentException("Column '" + c + "' is missing from every source"
              + " row, so it cannot be copied; source columns: " + sourceColumns);
        }
      }
      for (Map<String, ?> row : source) {
        Object key = keyOf(row.get(keyColumn));
        if (key != null) {
          index.putIfAbsent(key, row);
        }
      }
    }
    List<Map<String, Object>> result = new ArrayList<>(target.size());
    for (Map<String, ?> row : target) {
      Objects.requireNonNull(row, "target rows must not contain null");
      Map<String, Object> copy = new LinkedHashMap<>(row);
      Object key = keyOf(row.get(keyColumn));
      Map<String, ?> match = key == null ? null : index.get(key);
      for (String c : wanted) {
        Object value = match == null ? null : match.get(c);
        if (value != null) {
          copy.put(c, value);
        } else if (!copy.containsKey(c)) {
          copy.put(c, null);
        }
      }
      result.add(Collections.unmodifiableMap(copy));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Copies columns between row lists; see {@link #copyColumns(List, List, String, List)}.
   *
   * @param target the rows to complete; not changed
   * @param source the rows to copy from; not changed
   * @param keyColumn the column that identifies a row in both lists
   * @param columns the columns to copy
   * @return new row maps, one per target row, in target order
   * @throws IllegalArgumentException as {@link #copyColumns(List, List, String, List)} does
   */
  public static List<Map<String, Object>> copyColumns(List<? extends Map<String, ?>> target,
      List<? extends Map<String, ?>> source, String keyColumn, String... columns) {
    Objects.requireNonNull(columns, "columns");
    return copyColumns(target, source, keyColumn, java.util.Arrays.asList(columns));
  }

  private static String[] checkTerms(Optional<String> column, String[] terms) {
    if (terms.length == 0) {
      throw new IllegalArgumentException("Give at least one search term"
          + column.map(c -> " for column '" + c + "'").orElse(""));
    }
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] == null) {
        throw new IllegalArgumentException("Search term " + i + " is null; pass text to look for");
      }
    }
    return terms;
  }

  private static List<String> lowerTerms(Collection<String> terms) {
    Objects.requireNonNull(terms, "terms");
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("Give at least one search term");
    }
    List<String> lower = new ArrayList<>(terms.size());
    int i = 0;
    for (String term : terms) {
      if (term == null) {
        throw new IllegalArgumentException("Search term " + i + " is null; pass text to look for");
      }
      lower.add(term.toLowerCase(Locale.ROOT));
      i++;
    }
    return lower;
  }

  /** The cells of a record or map row. */
  private static Collection<?> cells(Object row) {
    if (row instanceof Map<?, ?> map) {
      return map.values();
    }
    if (row instanceof Record record) {
      return toRecordSchema(record).toMap(record).values();
    }
    throw notARow(row);
  }

  private static Object cell(Object row, String column) {
    if (row instanceof Map<?, ?> map) {
      return map.get(column);
    }
    if (row instanceof Record record) {
      return toRecordSchema(record).column(column).orElseThrow(() -> unknownColumn(column,
          toRecordSchema(record).names())).extract(record);
    }
    throw notARow(row);
  }

  private static void requireColumn(List<?> rows, String column) {
    if (rows.isEmpty()) {
      return;
    }
    Set<String> available = new LinkedHashSet<>();
    for (Object row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      if (row instanceof Map<?, ?> map) {
        for (Object key : map.keySet()) {
          available.add(String.valueOf(key));
        }
      } else if (row instanceof Record record) {
        available.addAll(toRecordSchema(record).names());
      } else {
        throw notARow(row);
      }
      if (available.contains(column)) {
        return;
      }
    }
    throw unknownColumn(column, available);
  }

  private static IllegalArgumentException unknownColumn(String column, Collection<String> names) {
    return new IllegalArgumentException("No column named '" + column + "'; available columns: "
        + names);
  }

  private static IllegalArgumentException notARow(Object row) {
    return new IllegalArgumentException("Cannot search rows of type " + row.getClass().getName()
        + ": rows must be records or maps; for other types pass a TableSchema");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TableSchema<Record> toRecordSchema(Record record) {
    return (TableSchema<Record>) (TableSchema) TableSchema.ofRecord(record.getClass());
  }

  private static boolean anyCellMatches(Collection<?> cells, List<String> lowerTerms) {
    for (Object cell : cells) {
      if (cellMatches(cell, lowerTerms)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cellMatches(Object cell, List<String> lowerTerms) {
    Object v = unwrap(cell);
    if (v == null) {
      return false;
    }
    if (v instanceof Collection<?> c) {
      for (Object element : c) {
        if (cellMatches(element, lowerTerms)) {
          return true;
        }
      }
      return false;
    }
    if (v.getClass().isArray()) {
      int length = Array.getLength(v);
      for (int i = 0; i < length; i++) {
        if (cellMatches(Array.get(v, i), lowerTerms)) {
          return true;
        }
      }
      return false;
    }
    String text = ExportCells.csvText(v).toLowerCase(Locale.ROOT);
    for (String term : lowerTerms) {
      if (text.contains(term)) {
        return true;
      }
    }
    return false;
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> o) {
      return unwrap(o.orElse(null));
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (value instanceof OptionalDouble o) {
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }

  private static boolean anyHasKey(List<? extends Map<String, ?>> rows, String key) {
    for (Map<String, ?> row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      if (row.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> columnsOf(List<? extends Map<String, ?>> rows) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, ?> row : rows) {
      Objects.requireNonNull(row, "rows must not contain null");
      names.addAll(row.keySet());
    }
    return names;
  }

  /** Normalises a key so that numbers equal by value compare equal; null stays null. */
  private static Object keyOf(Object value) {
    Object v = unwrap(value);
    if (v instanceof Number n) {
      Optional<String> text = ExportCells.numberText(n);
      if (text.isPresent()) {
        BigDecimal d = new BigDecimal(text.get()).stripTrailingZeros();
        return new NumberKey(d.signum() == 0 ? BigDecimal.ZERO : d);
      }
    }
    return v;
  }

  /** A numeric key compared by value. */
  private record NumberKey(BigDecimal value) {}
}
