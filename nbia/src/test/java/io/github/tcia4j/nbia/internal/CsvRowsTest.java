package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void quotedRowsKeyedByHeaderInOrderWithEmptyCellsAsNull() {
    String body = "\"PatientID\",\"Series Description\",\"ImageCount\"\n"
        + "\"P1\",\"a \"\"quoted\"\", comma\",\"50\"\n"
        + "\"P2\",\"\",\"7\"\n";

    List<Map<String, Object>> rows = CsvRows.read(body);

    assertThat(rows).hasSize(2);
    assertThat(new ArrayList<>(rows.get(0).keySet())).containsExactly("PatientID", "Series Description", "ImageCount");
    assertThat(rows.get(0)).containsEntry("Series Description", "a \"quoted\", comma").containsEntry("ImageCount", "50");
    assertThat(rows.get(1)).containsEntry("Series Description", null).containsEntry("PatientID", "P2");
  }

  @Test
  void multiLineValuesCrlfAndBomAreRead() {
    List<Map<String, Object>> rows = CsvRows.read("\uFEFF\"A\",\"B\"\r\n\"line1\nline2\",\"x\"\r\n");

    assertThat(rows).containsExactly(Map.of("A", "line1\nline2", "B", "x"));
  }

  @Test
  void theServersCommaForANullFirstCellReadsAsNull() {
    List<Map<String, Object>> rows = CsvRows.read("\"A\",\"B\",\"C\"\n\",\",\"b\",\"c\"\n");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("A", null).containsEntry("B", "b").containsEntry("C", "c");
  }

  @Test
  void emptyBodiesAndHeaderOnlyAreNoRows() {
    assertThat(CsvRows.read("")).isEmpty();
    assertThat(CsvRows.read(" \n")).isEmpty();
    assertThat(CsvRows.read("\"A\",\"B\"\n")).isEmpty();
  }

  @Test
  void unquotedCsvAsPandasWritesIt() {
    List<Map<String, Object>> rows = CsvRows.read("A,B\n1,\n");

    assertThat(rows.get(0)).containsEntry("A", "1").containsEntry("B", null);
  }

  @Test
  void wrongCellCountNamesTheLine() {
    assertThatThrownBy(() -> CsvRows.read("\"A\",\"B\"\n\"1\",\"2\"\n\"3\"\n"))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("CSV line 3 has 1 cells but the header has 2 columns (A, B)");
  }

  @Test
  void brokenQuotingIsADecodeError() {
    assertThatThrownBy(() -> CsvRows.read("\"A\",\"B\"\n\"1\"x,\"2\"\n"))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("not valid CSV");
  }

  @Test
  void manyRowsKeepTheirOrder() {
    StringBuilder body = new StringBuilder("\"N\"\n");
    for (int i = 0; i < 1000; i++) {
      body.append(i).append('\n');
    }
    List<Map<String, Object>> rows = CsvRows.read(body.toString());
    List<Object> expected = IntStream.range(0, 1000).mapToObj(Integer::toString).map(Object.class::cast).toList();
    assertThat(rows).extracting(r -> r.get("N")).containsExactlyElementsOf(expected);
  }
}
