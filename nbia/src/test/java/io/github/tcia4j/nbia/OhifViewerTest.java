package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.export.Export;
import io.github.tcia4j.common.export.TableFormat;
import io.github.tcia4j.nbia.internal.NbiaConverters;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OhifViewerTest {
  private static final String BASE = "https://viewer.imaging.datacommons.cancer.gov/v3/viewer/";

  private static Map<String, Object> row(String study, String series) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("StudyInstanceUID", study);
    m.put("SeriesInstanceUID", series);
    return m;
  }

  @Test
  void buildsStudyAndSeriesUrlsAsTciaUtils() {
    ViewerLink l = OhifViewer.link("1.2.3", "1.2.3.4");
    assertThat(l.studyUrl()).isEqualTo(BASE + "?StudyInstanceUIDs=1.2.3");
    assertThat(l.seriesUrl()).isEqualTo(BASE + "?StudyInstanceUIDs=1.2.3&SeriesInstanceUIDs=1.2.3.4");
    assertThat(l.studyInstanceUid()).isEqualTo("1.2.3");
    assertThat(l.seriesInstanceUid()).isEqualTo("1.2.3.4");
  }

  @Test
  void acceptsEverySeriesLikeRowType() {
    Series s = NbiaConverters.mapper(Series.class).fromRow(row("1.1", "1.1.1"));
    SeriesMetadata m = NbiaConverters.mapper(SeriesMetadata.class).fromRow(row("2.2", "2.2.2"));
    CartSeries c = NbiaConverters.mapper(CartSeries.class).fromRow(row("3.3", "3.3.3"));
    Map<String, Object> spaced = Map.of("Study UID", "4.4", "Series UID", "4.4.4");
    List<ViewerLink> links = OhifViewer.links(List.of(s, m, c, row("5.5", "5.5.5"), spaced,
        OhifViewer.link("6.6", "6.6.6")));
    assertThat(links).extracting(ViewerLink::seriesInstanceUid)
        .containsExactly("1.1.1", "2.2.2", "3.3.3", "5.5.5", "4.4.4", "6.6.6");
    assertThat(links.get(3).seriesUrl()).endsWith("?StudyInstanceUIDs=5.5&SeriesInstanceUIDs=5.5.5");
  }

  @Test
  void rejectsRowsWithoutUidsOrOfUnknownTypeNamingTheRow() {
    assertThatThrownBy(() -> OhifViewer.links(List.of(row("1", "2"), Map.of("SeriesInstanceUID", "3"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1 has no StudyInstanceUID");
    assertThatThrownBy(() -> OhifViewer.links(List.of(row("1", " "))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 0 has no SeriesInstanceUID");
    assertThatThrownBy(() -> OhifViewer.links(List.of("1.2.3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String")
        .hasMessageContaining("Series, SeriesMetadata, CartSeries");
    List<Object> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> OhifViewer.links(withNull))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 0 is null");
    assertThatThrownBy(() -> OhifViewer.link("", "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("studyInstanceUid must be a DICOM UID").hasMessageContaining("was blank");
    assertThatThrownBy(() -> OhifViewer.links(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void htmlEscapesEveryValueAndLinksBothUids() {
    String html = OhifViewer.html(List.of(row("1.2", "1.2.3"), row("1.3", "1.3.4")));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").endsWith("</html>\n");
    assertThat(html).contains("<a href=\"" + BASE + "?StudyInstanceUIDs=1.2\" target=\"_blank\" rel=\"noopener\">1.2</a>");
    assertThat(html).contains("?StudyInstanceUIDs=1.2&amp;SeriesInstanceUIDs=1.2.3\"");
    assertThat(html).contains("2 series.");
    assertThat(OhifViewer.escape("<script>alert('x')</script> a&b\"c"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; a&amp;b&quot;c");
  }

  @Test
  void uidsThatAreNotDicomUidsAreRejectedBeforeAnyLinkIsBuilt() {
    assertThatThrownBy(() -> OhifViewer.link("1.2", "x<script>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesInstanceUid 'x<script>' is not a valid DICOM UID");
    assertThatThrownBy(() -> OhifViewer.link("1.2&x=<b>", "1.2.3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("studyInstanceUid '1.2&x=<b>' is not a valid DICOM UID");
    assertThatThrownBy(() -> OhifViewer.links(List.of(row("1.2", "1.2.3"), row("<script>alert('x')</script>", "1.2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Row 1: studyInstanceUid '<script>alert('x')</script>' is not a valid DICOM UID");
    ViewerLink forged = new ViewerLink("1.2", "1.2&x=<b>", "https://a", "https://b");
    assertThatThrownBy(() -> OhifViewer.html(List.of(forged)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 0: seriesInstanceUid '1.2&x=<b>'");
  }

  @Test
  void linksAreUnmodifiable() {
    List<ViewerLink> links = OhifViewer.links(List.of(row("1.2", "1.2.3")));
    assertThatThrownBy(() -> links.add(OhifViewer.link("1.2", "1.2.4")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(links::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void htmlShowsAtMostMaxRowsAndSaysSo() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      rows.add(row("1." + i, "1." + i + ".1"));
    }
    String html = OhifViewer.html(rows);
    assertThat(html.split("<tr><td>", -1)).hasSize(501);
    assertThat(html).contains("Showing the first 500 of 600 series.");
    String three = OhifViewer.html(rows, 3);
    assertThat(three.split("<tr><td>", -1)).hasSize(4);
    assertThat(three).contains(">1.2.1</a>").doesNotContain(">1.3.1</a>");
    assertThat(OhifViewer.html(List.of())).contains("No series.").doesNotContain("<table>");
    assertThatThrownBy(() -> OhifViewer.html(rows, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRows must be at least 1");
  }

  @Test
  void writesHtmlFilesAndExportsLinksAsCsvAndJson(@TempDir Path dir) throws Exception {
    List<ViewerLink> links = OhifViewer.links(List.of(row("1.2", "1.2.3")));
    Path page = OhifViewer.writeHtml(links, 10, dir.resolve("links.html"));
    assertThat(Files.readString(page)).contains(">1.2.3</a>");

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    Export.write(links, ViewerLink.class, TableFormat.CSV, csv);
    assertThat(csv.toString(StandardCharsets.UTF_8).lines().toList()).first()
        .isEqualTo("StudyInstanceUID,SeriesInstanceUID,StudyViewerUrl,SeriesViewerUrl");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Export.write(links, ViewerLink.class, TableFormat.JSON, json);
    assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"SeriesViewerUrl\"");
  }
}
