package io.github.tcia4j.cli.output;

import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders rows as an aligned text table for a terminal: a header, a rule, one line per row. Long
 * cells are cut at {@link #MAX_WIDTH} characters and end with {@code ~}; use
 * {@code --format csv} or {@code json} to see every character.
 */
public final class TextTable {
  /** The widest a column gets. */
  public static final int MAX_WIDTH = 64;

  private TextTable() {}

  /**
   * Prints the table.
   *
   * @param columns the column names, in order
   * @param rows the rows as column-name-to-value maps
   * @param out where to print
   */
  public static void print(List<String> columns, List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("(no results)");
      out.flush();
      return;
    }
    List<String[]> cells = new ArrayList<>(rows.size());
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = Math.min(MAX_WIDTH, columns.get(c).length());
    }
    for (Map<String, Object> row : rows) {
      String[] line = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        line[c] = cell(row.get(columns.get(c)));
        widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, line[c].length()));
      }
      cells.add(line);
    }
    out.println(line(columns.toArray(String[]::new), widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (String[] line : cells) {
      out.println(line(line, widths));
    }
    out.flush();
  }

  /**
   * Turns a value into the text a table cell shows.
   *
   * @param value any value
   * @return the text, empty for {@code null}
   */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(TextTable::cell).collect(Collectors.joining(", "));
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    return String.valueOf(value).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private static String line(String[] values, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < values.length; c++) {
      String v = values[c];
      if (v.length() > widths[c]) {
        v = v.substring(0, widths[c] - 1) + "~";
      }
      if (c > 0) {
        sb.append("  ");
      }
      sb.append(v);
      if (c < values.length - 1) {
        sb.append(" ".repeat(widths[c] - v.length()));
      }
    }
    return sb.toString();
  }
}
