package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  record Series(
      @JsonbProperty("Series UID") String uid,
      @JsonbProperty("Collection") String collection,
      @JsonbProperty("Number of Images") Integer images,
      @JsonbProperty("Study Date") LocalDate studyDate) {}

  record Cell(String value) {}

  private static String csv(List<Series> rows) {
    return Export.toText(rows, TableSchema.ofRecord(Series.class), TableFormat.CSV);
  }

  @Test
  void headerUsesWireNamesAndEveryLineEndsWithNewline() {
    String text = csv(List.of(new Series("1.2.840.1", "TCGA-GBM", 12, LocalDate.of(2003, 12, 12))));

    assertThat(text).isEqualTo("Series UID,Collection,Number of Images,Study Date\n"
        + "1.2.840.1,TCGA-GBM,12,2003-12-12\n");
  }

  @Test
  void nullsAreEmptyCells() {
    assertThat(csv(List.of(new Series("1.2", null, null, null))))
        .endsWith("\n1.2,,,\n");
  }

  @Test
  void quotesOnlyWhenNeeded() {
    TableSchema<Cell> schema = TableSchema.ofRecord(Cell.class).withColumn("n", c -> 1);
    List<Cell> rows = List.of(
        new Cell("plain"),
        new Cell("Has, comma"),
        new Cell("say \"hi\""),
        new Cell("line\nbreak"),
        new Cell("carriage\rreturn"),
        new Cell("crlf\r\nend"),
        new Cell(" leading"),
        new Cell("trailing "),
        new Cell("in side"),
        new Cell("'single'"),
        new Cell(""));

    String text = Export.toText(rows, schema, TableFormat.CSV);

    assertThat(text).isEqualTo("value,n\n"
        + "plain,1\n"
        + "\"Has, comma\",1\n"
        + "\"say \"\"hi\"\"\",1\n"
        + "\"line\nbreak\",1\n"
        + "\"carriage\rreturn\",1\n"
        + "\"crlf\r\nend\",1\n"
        + "\" leading\",1\n"
        + "\"trailing \",1\n"
        + "in side,1\n"
        + "'single',1\n"
        + ",1\n");
  }

  @Test
  void trickyValuesRoundTripThroughACsvParser() throws IOException {
    List<String> values = List.of("a,b", "\"q\"", "x\ny", "x\r\ny", " sp ", "Müller", "é",
        "中文", "", "#hash", "=1+2");
    List<Cell> rows = values.stream().map(Cell::new).toList();

    String text = Export.toText(rows, TableSchema.ofRecord(Cell.class)
        .withColumn("end", c -> "z"), TableFormat.CSV);
    List<CSVRecord> parsed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(text)).getRecords();

    assertThat(parsed).extracting(r -> r.get("value")).containsExactlyElementsOf(values);
    assertThat(parsed).extracting(r -> r.get("end")).containsOnly("z");
  }

  @Test
  void nonAsciiIsUtf8WithoutBom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Export.write(List.of(new Cell("Müller é 中文")), Cell.class, TableFormat.CSV, out);

    byte[] bytes = out.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 'v');
    assertThat(bytes).isEqualTo("value\nMüller é 中文\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bytes).hasSize(24);
  }

  @Test
  void loneEmptyFieldIsQuotedSoTheLineIsNotBlank() {
    String text = Export.toText(Arrays.asList(new Cell(null), new Cell("x"), new Cell("")),
        TableSchema.ofRecord(Cell.class), TableFormat.CSV);

    assertThat(text).isEqualTo("value\n\"\"\nx\n\"\"\n");
  }

  @Test
  void valuesAreFormattedForCsv() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("list", List.of("CT", "MR"));
    row.put("array", new int[] {1, 2});
    row.put("map", Map.of("k", "v, w"));
    row.put("double", 1.5);
    row.put("huge", 1e20);
    row.put("when", LocalDateTime.of(2003, 12, 12, 0, 0));
    row.put("flag", true);
    row.put("nan", Double.NaN);

    String text = Export.toText(List.of(row), TableSchema.forMapsLike(row), TableFormat.CSV);

    assertThat(text).isEqualTo("list,array,map,double,huge,when,flag,nan\n"
        + "\"CT, MR\",\"1, 2\",\"{\"\"k\"\":\"\"v, w\"\"}\",1.5,100000000000000000000,"
        + "2003-12-12T00:00:00,true,NaN\n");
  }

  @Test
  void emptyTableIsHeaderOnly() {
    assertThat(csv(List.of())).isEqualTo("Series UID,Collection,Number of Images,Study Date\n");
  }

  @Test
  void mapRowsWithoutRowsGiveEmptyOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long n = Export.writeMaps(List.<Map<String, ?>>of(), TableFormat.CSV, out);

    assertThat(n).isZero();
    assertThat(out.size()).isZero();
  }

  @Test
  void mapRowsTakeColumnsFromFirstRow() {
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("PatientID", "P1");
    first.put("Modality", "CT");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long n = Export.writeMaps(List.of(first, Map.of("Modality", "MR", "Other", 1)),
        TableFormat.CSV, out);

    assertThat(n).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("PatientID,Modality\nP1,CT\n,MR\n");
  }
}
