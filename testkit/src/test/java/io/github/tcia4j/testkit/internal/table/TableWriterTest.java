package io.github.tcia4j.testkit.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableWriterTest {

  private static Table series() {
    return Table.of("SeriesInstanceUID", "ProtocolName", "SeriesNumber", "ImageCount", "Flag")
        .add("1.2.3", null, new BigDecimal("500.000000"), 48, Boolean.TRUE)
        .add("1.2.4", "say \"hi\", ok", new BigDecimal("2.000000"), 3, null);
  }

  @Test
  void jsonLeavesOutNullsKeepsOrderAndNumberTypes() {
    assertThat(TableWriter.json(series())).isEqualTo(
        "[{\"SeriesInstanceUID\":\"1.2.3\",\"SeriesNumber\":500,\"ImageCount\":48,\"Flag\":true},"
            + "{\"SeriesInstanceUID\":\"1.2.4\",\"ProtocolName\":\"say \\\"hi\\\", ok\","
            + "\"SeriesNumber\":2,\"ImageCount\":3}]");
  }

  @Test
  void singleColumnNullIsAnEmptyObject() {
    Table t = Table.of("BodyPartExamined").add((Object) null).add("BRAIN");
    assertThat(TableWriter.json(t)).isEqualTo("[{},{\"BodyPartExamined\":\"BRAIN\"}]");
  }

  @Test
  void csvQuotesEverythingAndKeepsDecimalScale() {
    assertThat(TableWriter.csv(series())).isEqualTo(
        "\"SeriesInstanceUID\",\"ProtocolName\",\"SeriesNumber\",\"ImageCount\",\"Flag\"\n"
            + "\"1.2.3\",\"\",\"500.000000\",\"48\",\"true\"\n"
            + "\"1.2.4\",\"say \"\"hi\"\", ok\",\"2.000000\",\"3\",\"\"\n");
  }

  @Test
  void csvNullInFirstColumnGivesTheMalformedLineStart() {
    Table t = Table.of("A", "B").add(null, "x");
    assertThat(TableWriter.csv(t)).isEqualTo("\"A\",\"B\"\n\",\",\"x\"\n");
  }

  @Test
  void singleColumnCsvIsUnquoted() {
    Table t = Table.of("Collection").add("SBX Head+Neck").add("SBX-Lung-CT");
    assertThat(TableWriter.csv(t)).isEqualTo("Collection\nSBX Head+Neck\nSBX-Lung-CT\n");
  }

  @Test
  void htmlUsesNbspForNulls() {
    String html = TableWriter.html(Table.of("A", "B").add("x", null));
    assertThat(html).isEqualTo("<P ALIGN='center'><TABLE BORDER=1><TR><TH>A</TH><TH>B</TH></TR>"
        + "<TR><TD>x</TD><TD>&nbsp;</TD></TR></TABLE></P>");
  }

  @Test
  void xmlNamesJavaTypes() {
    Table t = Table.of("Name", "Count", "Date", "Size")
        .add("a<b", 3, SqlTimestamp.of(LocalDate.of(2003, 12, 12)), null);
    assertThat(TableWriter.xml(t)).isEqualTo(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results><Row>"
            + "<Name type='java.lang.String'>a&lt;b</Name>"
            + "<Count type='java.lang.Integer'>3</Count>"
            + "<Date type='java.sql.Timestamp'>2003-12-12 00:00:00.0</Date></Row></Results>");
  }

  @Test
  void csvDownloadAddsTheDisposition() {
    RenderedBody multi = TableWriter.render(series(), TableFormat.CSV_DOWNLOAD);
    assertThat(multi.contentType()).isEqualTo("text/csv");
    assertThat(multi.headers()).containsEntry("Content-Disposition",
        "attachment; filename=\"SeriesMetaData.csv\"");
    RenderedBody single = TableWriter.render(Table.of("A").add("x"), TableFormat.CSV_DOWNLOAD);
    assertThat(single.contentType()).isEqualTo("application/force-download");
    assertThat(new String(single.body(), StandardCharsets.UTF_8)).isEqualTo("A\nx\n");
  }

  @Test
  void formatNamesIgnoreCase() {
    assertThat(TableFormat.parse(Optional.of("CSV-DOWNLOAD"))).contains(TableFormat.CSV_DOWNLOAD);
    assertThat(TableFormat.parse(Optional.of("Json"))).contains(TableFormat.JSON);
    assertThat(TableFormat.parse(Optional.of("csvquoted"))).contains(TableFormat.CSV);
    assertThat(TableFormat.parse(Optional.empty())).contains(TableFormat.JSON);
    assertThat(TableFormat.parse(Optional.of("yaml"))).isEmpty();
  }

  @Test
  void timestampsPrintLikeJavaSqlTimestamp() {
    assertThat(new SqlTimestamp(LocalDateTime.of(2015, 5, 27, 17, 12, 21)).toString())
        .isEqualTo("2015-05-27 17:12:21.0");
    assertThat(new SqlTimestamp(LocalDateTime.of(2015, 5, 27, 17, 12, 21, 120_000_000))
        .toString()).isEqualTo("2015-05-27 17:12:21.12");
  }

  @Test
  void rowsMustMatchTheColumns() {
    assertThatThrownBy(() -> Table.of("A", "B").add("x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells")
        .hasMessageContaining("2 columns");
  }
}
