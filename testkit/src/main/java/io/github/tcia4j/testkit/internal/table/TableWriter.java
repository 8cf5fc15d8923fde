package io.github.tcia4j.testkit.internal.table;

import io.github.tcia4j.testkit.internal.json.JsonWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Serialises a {@link Table} the way NBIA's {@code FormatOutput} does (reference section 3.1).
 *
 * <ul>
 *   <li>JSON: compact array of objects, null cells left out, a row without any value is
 *       {@code {}}, numbers as numbers (decimals without trailing zeros);
 *   <li>CSV (several columns): every header and value in double quotes, inner quotes doubled,
 *       {@code \n} line ends, a null cell is {@code ""}; a null in the first column is written as
 *       {@code ","}, the malformed line start the real server produces;
 *   <li>CSV (one column): unquoted, the column name then one value per line;
 *   <li>HTML: {@code <P ALIGN='center'><TABLE BORDER=1>}, null cells {@code &nbsp;};
 *   <li>XML: {@code <Results><Row><Name type='java.lang.String'>v</Name>...}; null cells are left
 *       out.
 * </ul>
 */
public final class TableWriter {
  /** The file name the server names in {@code CSV-DOWNLOAD} answers. */
  public static final String DOWNLOAD_DISPOSITION = "attachment; filename=\"SeriesMetaData.csv\"";

  private TableWriter() {}

  /**
   * Serialises a table.
   *
   * @param table the table (may be empty; callers answer an empty body for no rows)
   * @param format the format
   * @return the body and its headers
   */
  public static RenderedBody render(Table table, TableFormat format) {
    switch (format) {
      case JSON:
        return new RenderedBody(utf8(json(table)), "application/json", Map.of());
      case CSV:
        return new RenderedBody(utf8(csv(table)), "text/csv", Map.of());
      case CSV_DOWNLOAD:
        return new RenderedBody(utf8(csv(table)),
            table.singleColumn() ? "application/force-download" : "text/csv",
            Map.of("Content-Disposition", DOWNLOAD_DISPOSITION));
      case HTML:
        return new RenderedBody(utf8(html(table)), "text/html", Map.of());
      case XML:
        return new RenderedBody(utf8(xml(table)), "application/xml", Map.of());
      default:
        throw new IllegalStateException("Unhandled format " + format);
    }
  }

  /**
   * The JSON text of a table.
   *
   * @param table the table
   * @return compact JSON
   */
  public static String json(Table table) {
    StringBuilder out = new StringBuilder(table.rows().size() * 64 + 2);
    JsonWriter writer = JsonWriter.omittingNulls();
    List<String> cols = table.columns();
    out.append('[');
    boolean firstRow = true;
    for (Object[] row : table.rows()) {
      if (!firstRow) {
        out.append(',');
      }
      firstRow = false;
      out.append('{');
      boolean first = true;
      for (int i = 0; i < row.length; i++) {
        if (row[i] == null) {
          continue;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        JsonWriter.quote(out, cols.get(i));
        out.append(':');
        writer.append(out, row[i]);
      }
      out.append('}');
    }
    out.append(']');
    return out.toString();
  }

  /**
   * The CSV text of a table (quoted for several columns, plain for one).
   *
   * @param table the table
   * @return the CSV text, every line ending in {@code \n}
   */
  public static String csv(Table table) {
    StringBuilder out = new StringBuilder();
    if (table.singleColumn()) {
      out.append(table.columns().get(0)).append('\n');
      for (Object[] row : table.rows()) {
        out.append(row[0] == null ? "" : text(row[0])).append('\n');
      }
      return out.toString();
    }
    List<String> cols = table.columns();
    for (int i = 0; i < cols.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quoteCsv(out, cols.get(i));
    }
    out.append('\n');
    for (Object[] row : table.rows()) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        if (row[i] == null) {
          out.append(i == 0 ? "\",\"" : "\"\"");
        } else {
          quoteCsv(out, text(row[i]));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void quoteCsv(StringBuilder out, String s) {
    out.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  /**
   * The HTML text of a table.
   *
   * @param table the table
   * @return the HTML fragment
   */
  public static String html(Table table) {
    StringBuilder out = new StringBuilder("<P ALIGN='center'><TABLE BORDER=1>");
    out.append("<TR>");
    for (String c : table.columns()) {
      out.append("<TH>").append(c).append("</TH>");
    }
    out.append("</TR>");
    for (Object[] row : table.rows()) {
      out.append("<TR>");
      for (Object cell : row) {
        out.append("<TD>").append(cell == null ? "&nbsp;" : text(cell)).append("</TD>");
      }
      out.append("</TR>");
    }
    out.append("</TABLE></P>");
    return out.toString();
  }

  /**
   * The XML text of a table.
   *
   * @param table the table
   * @return the XML document
   */
  public static String xml(Table table) {
    StringBuilder out =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results>");
    List<String> cols = table.columns();
    for (Object[] row : table.rows()) {
      out.append("<Row>");
      for (int i = 0; i < row.length; i++) {
        if (row[i] == null) {
          continue;
        }
        String name = cols.get(i);
        out.append('<').append(name).append(" type='").append(javaType(row[i])).append("'>")
            .append(escapeXml(text(row[i]))).append("</").append(name).append('>');
      }
      out.append("</Row>");
    }
    out.append("</Results>");
    return out.toString();
  }

  private static String javaType(Object v) {
    return v instanceof SqlTimestamp ? "java.sql.Timestamp" : v.getClass().getName();
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * The text form of a cell in CSV, HTML and XML: decimals keep their scale
   * ({@code 500.000000}), everything else is {@code toString()}.
   *
   * @param cell a non-null cell
   * @return its text
   */
  public static String text(Object cell) {
    if (cell instanceof BigDecimal) {
      return ((BigDecimal) cell).toPlainString();
    }
    return cell.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
