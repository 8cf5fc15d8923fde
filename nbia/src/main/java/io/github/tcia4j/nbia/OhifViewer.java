package io.github.tcia4j.nbia;

import io.github.tcia4j.common.http.Params;
import io.github.tcia4j.common.io.AtomicFiles;
import io.github.tcia4j.nbia.internal.Args;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links series to the OHIF viewer of the NCI Imaging Data Commons: the Java counterpart of
 * {@code tcia_utils} {@code idcOhifViewer} (and of the retired {@code makeVizLinks}).
 *
 * <pre>{@code
 * List<ViewerLink> links = OhifViewer.links(nbia.getSeries(query));
 * Export.write(links, ViewerLink.class, TableFormat.CSV, Path.of("links.csv"));
 * OhifViewer.writeHtml(links, 500, Path.of("links.html"));
 * }</pre>
 *
 * <p>Input rows are anything series-like: {@link Series}, {@link SeriesMetadata},
 * {@link CartSeries}, {@link ViewerLink}, or {@code Map} rows with the keys
 * {@code StudyInstanceUID} and {@code SeriesInstanceUID} (the spaced spellings of older servers,
 * {@code Study UID}/{@code Series UID} and {@code Study Instance UID}/{@code Series Instance UID},
 * work too). The study URL is {@code .../v3/viewer/?StudyInstanceUIDs=<study>}, the series URL the
 * same plus {@code &SeriesInstanceUIDs=<series>}.
 *
 * <p>Differences from Python: {@code idcOhifViewer} returns a notebook HTML table built without
 * escaping; here {@link #html(Iterable, int)} returns a self-contained page in which every value is
 * HTML-escaped, and {@link #links(Iterable)} gives the links as a table for CSV/JSON export. The
 * auth-era {@code makeVizLinks} added a TCIA viewer link ({@code /viewer/?series=}, retired) and an
 * IDC link of the older form {@code /viewer/<study>}; both are replaced by the OHIF v3 links.
 */
public final class OhifViewer {
  /** The IDC OHIF v3 viewer. */
  public static final String VIEWER_URL = "https://viewer.imaging.datacommons.cancer.gov/v3/viewer/";
  /** The number of rows {@link #html(Iterable)} shows, as in {@code tcia_utils}. */
  public static final int DEFAULT_MAX_ROWS = 500;

  private OhifViewer() {}

  /**
   * Returns the links of one series.
   *
   * @param studyInstanceUid the Study Instance UID
   * @param seriesInstanceUid the Series Instance UID
   * @return the links
   * @throws IllegalArgumentException when a UID is {@code null}, blank or not a valid DICOM UID
   *     (digits and single dots, at most 64 characters)
   */
  public static ViewerLink link(String studyInstanceUid, String seriesInstanceUid) {
    String study = requireUid(studyInstanceUid, "studyInstanceUid");
    String series = requireUid(seriesInstanceUid, "seriesInstanceUid");
    String studyUrl = VIEWER_URL + "?StudyInstanceUIDs=" + Params.encodeComponent(study);
    return new ViewerLink(study, series, studyUrl, studyUrl + "&SeriesInstanceUIDs=" + Params.encodeComponent(series));
  }

  /**
   * Returns the links of every row, in order.
   *
   * @param rows series-like rows (see the class description)
   * @return one link per row, unmodifiable
   * @throws IllegalArgumentException when a row is of an unsupported type, lacks a UID or holds
   *     one that is not a valid DICOM UID; the message names the row's position
   */
  public static List<ViewerLink> links(Iterable<?> rows) {
    Objects.requireNonNull(rows, "rows");
    List<ViewerLink> out = new ArrayList<>();
    int index = 0;
    for (Object row : rows) {
      out.add(linkOf(row, index++));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns an HTML page listing the first {@value #DEFAULT_MAX_ROWS} rows as viewer links.
   *
   * @param rows series-like rows
   * @return the page
   * @throws IllegalArgumentException as {@link #links(Iterable)}
   */
  public static String html(Iterable<?> rows) {
    return html(rows, DEFAULT_MAX_ROWS);
  }

  /**
   * Returns a small self-contained HTML page: a table with one row per series, the study and series
   * UIDs each linked to the viewer. Every value is HTML-escaped.
   *
   * @param rows series-like rows
   * @param maxRows how many rows to show at most (the page says how many were left out)
   * @return the page
   * @throws IllegalArgumentException when {@code maxRows} is less than 1, or as
   *     {@link #links(Iterable)}
   */
  public static String html(Iterable<?> rows, int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
    }
    List<ViewerLink> links = links(rows);
    int shown = Math.min(maxRows, links.size());
    StringBuilder sb = new StringBuilder(256 + shown * 400);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>OHIF viewer links</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}")
        .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;font-family:monospace}")
        .append("th{background:#eee}\n</style>\n</head>\n<body>\n")
        .append("<h1>OHIF viewer links</h1>\n<p>")
        .append(links.isEmpty() ? "No series."
            : shown < links.size() ? "Showing the first " + shown + " of " + links.size() + " series."
            : links.size() + " series.")
        .append(" Links open the NCI Imaging Data Commons viewer.</p>\n");
    if (!links.isEmpty()) {
      sb.append("<table>\n<thead><tr><th>#</th><th>StudyInstanceUID</th><th>SeriesInstanceUID</th></tr></thead>\n")
          .append("<tbody>\n");
      for (int i = 0; i < shown; i++) {
        ViewerLink l = links.get(i);
        sb.append("<tr><td>").append(i + 1).append("</td><td>");
        anchor(sb, l.studyUrl(), l.studyInstanceUid());
        sb.append("</td><td>");
        anchor(sb, l.seriesUrl(), l.seriesInstanceUid());
        sb.append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  /**
   * Writes {@link #html(Iterable, int)} to a file atomically.
   *
   * @param rows series-like rows
   * @param maxRows how many rows to show at most
   * @param file the file to create or replace, e.g. {@code links.html}
   * @return the file
   * @throws IllegalArgumentException as {@link #html(Iterable, int)}, or when the file is a
   *     directory
   * @throws io.github.tcia4j.common.error.TciaException when writing fails
   */
  public static Path writeHtml(Iterable<?> rows, int maxRows, Path file) {
    Objects.requireNonNull(file, "file");
    return AtomicFiles.writeString(file, html(rows, maxRows), "viewer page");
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} replaced by entities
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void anchor(StringBuilder sb, String url, String text) {
    sb.append("<a href=\"").append(escape(url)).append("\" target=\"_blank\" rel=\"noopener\">")
        .append(escape(text)).append("</a>");
  }

  private static ViewerLink linkOf(Object row, int index) {
    if (row == null) {
      throw new IllegalArgumentException("Row " + index + " is null; give series-like rows");
    }
    String study;
    String series;
    if (row instanceof ViewerLink l) {
      study = l.studyInstanceUid();
      series = l.seriesInstanceUid();
    } else if (row instanceof Series s) {
      study = s.studyInstanceUid();
      series = s.seriesInstanceUid();
    } else if (row instanceof SeriesMetadata m) {
      study = m.studyInstanceUid();
      series = m.seriesInstanceUid();
    } else if (row instanceof CartSeries c) {
      study = c.studyInstanceUid();
      series = c.seriesInstanceUid();
    } else if (row instanceof Map<?, ?> m) {
      study = mapValue(m, "StudyInstanceUID", "Study UID", "Study Instance UID");
      series = mapValue(m, "SeriesInstanceUID", "Series UID", "Series Instance UID");
    } else {
      throw new IllegalArgumentException("Row " + index + " is a " + row.getClass().getName()
          + "; give Series, SeriesMetadata, CartSeries, ViewerLink or Map rows with StudyInstanceUID and"
          + " SeriesInstanceUID");
    }
    if (study == null || study.isBlank()) {
      throw new IllegalArgumentException("Row " + index + " has no StudyInstanceUID; every row needs both UIDs");
    }
    if (series == null || series.isBlank()) {
      throw new IllegalArgumentException("Row " + index + " has no SeriesInstanceUID; every row needs both UIDs");
    }
    try {
      ViewerLink link = link(study, series);
      return row instanceof ViewerLink given ? given : link;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Row " + index + ": " + e.getMessage(), e);
    }
  }

  private static String mapValue(Map<?, ?> row, String... keys) {
    for (String key : keys) {
      Object v = row.get(key);
      if (v != null) {
        return v.toString();
      }
    }
    return null;
  }

  private static String requireUid(String value, String name) {
    Objects.requireNonNull(value, name);
    return Args.uid(value, name);
  }
}
