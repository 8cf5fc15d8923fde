package io.github.tcia4j.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.export.TableSchema;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TablesSearchTest {

  record Series(
      @JsonbProperty("SeriesInstanceUID") String uid,
      @JsonbProperty("Modality") String modality,
      @JsonbProperty("SeriesDescription") String description,
      @JsonbProperty("ImageCount") Integer images,
      @JsonbProperty("Modalities") List<String> modalities,
      @JsonbProperty("StudyDate") LocalDate studyDate) {}

  private final Series ct = new Series("1.1", "CT", "Chest CT", 120, List.of("CT"),
      LocalDate.of(2003, 12, 12));
  private final Series mr = new Series("1.2", "MR", "Axial T1", 48, List.of("MR", "SEG"), null);
  private final Series none = new Series("1.3", null, null, null, null, null);
  private final List<Series> series = List.of(ct, mr, none);

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  @Test
  void searchesAllColumnsCaseInsensitively() {
    assertThat(Tables.search(series, "ct")).containsExactly(ct);
    assertThat(Tables.search(series, "AXIAL")).containsExactly(mr);
    assertThat(Tables.search(series, "1.")).containsExactly(ct, mr, none);
  }

  @Test
  void anyTermMatchesAndOrderIsKept() {
    assertThat(Tables.search(series, "t1", "chest")).containsExactly(ct, mr);
    assertThat(Tables.search(series, List.of("zzz", "axial"))).containsExactly(mr);
  }

  @Test
  void nullNeverMatches() {
    assertThat(Tables.search(series, "none")).isEmpty();
    assertThat(Tables.search(series, "null")).isEmpty();
    assertThat(Tables.search(List.of(row("a", null)), "nan")).isEmpty();
  }

  @Test
  void listCellsMatchElementByElement() {
    assertThat(Tables.search(series, "seg")).containsExactly(mr);
    assertThat(Tables.search(series, "['mr'")).isEmpty();
    assertThat(Tables.search(series, "mr, seg")).isEmpty();
    assertThat(Tables.searchColumn(series, "Modalities", "SEG")).containsExactly(mr);
  }

  @Test
  void numbersAndDatesMatchTheirText() {
    assertThat(Tables.search(series, "120")).containsExactly(ct);
    assertThat(Tables.search(series, "2003-12")).containsExactly(ct);
  }

  @Test
  void searchesOneColumn() {
    assertThat(Tables.searchColumn(series, "Modality", "c")).containsExactly(ct);
    assertThat(Tables.searchColumn(series, "SeriesDescription", "ct", "t1"))
        .containsExactly(ct, mr);
    assertThat(Tables.searchColumn(series, "Modality", List.of("ct"))).containsExactly(ct);
  }

  @Test
  void nullColumnIsRejectedWithAMessage() {
    assertThatThrownBy(() -> Tables.searchColumn(series, null, "A"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("column is null; give the name of the column to search in");
    assertThatThrownBy(() -> Tables.searchColumn(series, null, List.of("A")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("column is null");
  }

  @Test
  void unknownColumnListsAvailableColumns() {
    assertThatThrownBy(() -> Tables.searchColumn(series, "modality", "ct"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No column named 'modality'")
        .hasMessageContaining("[SeriesInstanceUID, Modality, SeriesDescription, ImageCount,"
            + " Modalities, StudyDate]");
    assertThatThrownBy(() -> Tables.searchColumn(List.of(row("a", 1), row("b", 2)), "c", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No column named 'c'; available columns: [a, b]");
  }

  @Test
  void noTermsIsAnError() {
    assertThatThrownBy(() -> Tables.search(series))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one search term");
    assertThatThrownBy(() -> Tables.search(series, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one search term");
    assertThatThrownBy(() -> Tables.searchColumn(series, "Modality"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for column 'Modality'");
  }

  @Test
  void nullTermIsAnError() {
    assertThatThrownBy(() -> Tables.search(series, "ct", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Search term 1 is null");
    assertThatThrownBy(() -> Tables.search(series, Arrays.asList((String) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Search term 0 is null");
  }

  @Test
  void searchesMapRows() {
    Map<String, Object> a = row("PatientID", "STS_010", "Modality", "MR", "Count", 5L);
    Map<String, Object> b = row("PatientID", "STS_011", "Modality", "CT");
    Map<String, Object> c = new HashMap<>();
    c.put("Modality", Optional.of("PT"));
    List<Map<String, Object>> rows = List.of(a, b, c);

    assertThat(Tables.search(rows, "sts_01")).containsExactly(a, b);
    assertThat(Tables.search(rows, "5")).containsExactly(a);
    assertThat(Tables.searchColumn(rows, "Modality", "ct", "pt")).containsExactly(b, c);
    assertThat(Tables.searchColumn(rows, "Count", "5")).containsExactly(a);
  }

  @Test
  void resultIsANewList() {
    List<Series> input = new ArrayList<>(series);

    List<Series> found = Tables.search(input, "1");
    input.clear();

    assertThat(found).containsExactly(ct, mr, none);
    assertThatThrownBy(() -> found.add(ct)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyRowsGiveEmptyResult() {
    assertThat(Tables.search(List.of(), "x")).isEmpty();
    assertThat(Tables.searchColumn(List.of(), "any", "x")).isEmpty();
  }

  @Test
  void otherRowTypesNeedASchema() {
    List<String> words = List.of("alpha", "beta");

    assertThatThrownBy(() -> Tables.search(words, "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows must be records or maps")
        .hasMessageContaining("java.lang.String");
    TableSchema<String> schema = TableSchema.<String>builder().column("word", w -> w).build();
    assertThat(Tables.search(words, schema, List.of("ET"))).containsExactly("beta");
  }

  @Test
  void toRowsBridgesRecordsToOrderedMaps() {
    List<Map<String, Object>> rows = Tables.toRows(List.of(ct, none),
        TableSchema.ofRecord(Series.class));

    assertThat(rows).hasSize(2);
    assertThat(new ArrayList<>(rows.get(0).keySet())).containsExactly("SeriesInstanceUID",
        "Modality", "SeriesDescription", "ImageCount", "Modalities", "StudyDate");
    assertThat(rows.get(0)).containsEntry("ImageCount", 120)
        .containsEntry("StudyDate", LocalDate.of(2003, 12, 12));
    assertThat(rows.get(1)).containsEntry("Modality", null);
    assertThatThrownBy(() -> rows.get(0).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
