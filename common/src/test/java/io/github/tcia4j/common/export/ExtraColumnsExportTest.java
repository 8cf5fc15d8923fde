package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.json.ExtraFields;
import io.github.tcia4j.common.json.RecordMapper;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtraColumnsExportTest {

  public record Row(@JsonbProperty("SeriesInstanceUID") String uid,
                    @JsonbTransient @ExtraFields Map<String, Object> extra) {}

  public record Plain(String a) {}

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void unknownFieldsBecomeTrailingColumnsInFirstSeenOrder() {
    List<Row> rows = RecordMapper.of(Row.class).fromRows(List.of(
        map("SeriesInstanceUID", "1", "Site", "VCU"),
        map("SeriesInstanceUID", "2", "NewColumn", 7L, "Site", "UCSF")));
    TableSchema<Row> schema = TableSchema.ofRecordWithExtras(Row.class, rows);
    assertThat(schema.names()).containsExactly("SeriesInstanceUID", "Site", "NewColumn");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Export.write(rows, schema, TableFormat.CSV, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("SeriesInstanceUID,Site,NewColumn\n1,VCU,\n2,UCSF,7\n");
  }

  @Test
  void aNullRowIsRejectedWithItsIndexLikeTheTextExport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Row row = RecordMapper.of(Row.class).fromRow(map("SeriesInstanceUID", "1"));
    List<Row> rows = java.util.Arrays.asList(row, null);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Export.write(rows, Row.class, TableFormat.CSV, dir.resolve("rows.csv")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("row 1 is null; tables cannot hold null rows");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Export.toText(rows, TableSchema.ofRecord(Row.class), TableFormat.CSV))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("row 1 is null; tables cannot hold null rows");
    assertThat(dir.resolve("rows.csv")).doesNotExist();
  }

  @Test
  void writingAListByRecordClassKeepsTheExtraColumns() {
    List<Row> rows = RecordMapper.of(Row.class).fromRows(List.of(
        map("SeriesInstanceUID", "1", "PatientBirthDate", "1970-01-02")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Export.write(rows, Row.class, TableFormat.CSV, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("SeriesInstanceUID,PatientBirthDate\n1,1970-01-02\n");
  }

  @Test
  void aLazyIterableIsReadOnceWithTheRecordColumns() {
    List<Row> rows = RecordMapper.of(Row.class).fromRows(List.of(map("SeriesInstanceUID", "1", "Site", "VCU")));
    java.util.concurrent.atomic.AtomicInteger passes = new java.util.concurrent.atomic.AtomicInteger();
    Iterable<Row> lazy = () -> {
      passes.incrementAndGet();
      return rows.iterator();
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Export.write(lazy, Row.class, TableFormat.CSV, out);
    assertThat(passes).hasValue(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("SeriesInstanceUID\n1\n");
  }

  @Test
  void recordWithoutExtrasKeepsItsColumns() {
    assertThat(TableSchema.ofRecordWithExtras(Plain.class, List.of(new Plain("x"))).names()).containsExactly("a");
  }
}
