package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSchemaTest {

  record Series(
      @JsonbProperty("Series UID") String uid,
      String collection,
      @JsonbTransient String internalNote,
      @JsonbProperty("Number of Images") Integer images) {}

  record AccessorNamed(String a, String b) {
    @JsonbProperty("Bee")
    @Override
    public String b() {
      return b;
    }
  }

  record Twice(@JsonbProperty("x") String a, String x) {}

  static final class NotARecord {}

  @Test
  void recordColumnsFollowDeclarationOrderAndWireNames() {
    TableSchema<Series> schema = TableSchema.ofRecord(Series.class);

    assertThat(schema.names()).containsExactly("Series UID", "collection", "Number of Images");
    assertThat(schema.size()).isEqualTo(3);
    assertThat(schema.toMap(new Series("1.2", "C", "secret", 5)))
        .containsExactly(Map.entry("Series UID", "1.2"), Map.entry("collection", "C"),
            Map.entry("Number of Images", 5));
  }

  @Test
  void annotationOnAccessorNamesColumn() {
    assertThat(TableSchema.ofRecord(AccessorNamed.class).names()).containsExactly("a", "Bee");
  }

  @Test
  void duplicateWireNamesAreRejected() {
    assertThatThrownBy(() -> TableSchema.ofRecord(Twice.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two components named 'x'");
  }

  @Test
  void nonRecordIsRejected() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Record> fake = (Class) NotARecord.class;

    assertThatThrownBy(() -> TableSchema.ofRecord(fake))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a record class")
        .hasMessageContaining("TableSchema.builder()");
  }

  @Test
  void explicitColumns() {
    TableSchema<String> schema = TableSchema.<String>builder()
        .column("text", s -> s)
        .column("length", String::length)
        .build();

    assertThat(schema.names()).containsExactly("text", "length");
    assertThat(schema.toMap("abc")).containsEntry("length", 3);
    assertThat(TableSchema.of(Column.<String>of("x", s -> s)).names()).containsExactly("x");
    assertThat(TableSchema.of(List.of(Column.<String>of("y", s -> s))).names())
        .containsExactly("y");
  }

  @Test
  void duplicateExplicitNamesAreRejected() {
    assertThatThrownBy(() -> TableSchema.<String>builder().column("a", s -> s).column("a", s -> s)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column 'a' appears twice");
  }

  @Test
  void nullColumnIsRejected() {
    List<Column<String>> columns = java.util.Arrays.asList(Column.<String>of("a", s -> s), null);

    assertThatThrownBy(() -> TableSchema.of(columns))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("column 1 is null");
  }

  @Test
  void emptyColumnNameIsRejected() {
    assertThatThrownBy(() -> Column.<String>of("", s -> s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void mapSchemaGivesNullForMissingKeys() {
    TableSchema<Map<String, ?>> schema = TableSchema.forMaps("b", "a");

    Map<String, Object> row = schema.toMap(Map.of("a", 1));

    assertThat(row.keySet()).containsExactly("b", "a");
    assertThat(row).containsEntry("b", null).containsEntry("a", 1);
  }

  @Test
  void mapSchemaFromFirstRowKeepsItsOrder() {
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("z", 1);
    first.put("a", 2);
    first.put("m", 3);

    assertThat(TableSchema.forMapsLike(first).names()).containsExactly("z", "a", "m");
  }

  @Test
  void nullMapKeyIsRejected() {
    assertThatThrownBy(() -> TableSchema.forMaps(java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("key 1 is null");
  }

  @Test
  void extraColumnsAreAppended() {
    TableSchema<Series> base = TableSchema.ofRecord(Series.class);

    TableSchema<Series> more = base.withColumn("Viewer", s -> "https://viewer/" + s.uid());

    assertThat(more.names()).containsExactly("Series UID", "collection", "Number of Images",
        "Viewer");
    assertThat(base.names()).hasSize(3);
    assertThat(more.toMap(new Series("9", null, null, null))).containsEntry("Viewer",
        "https://viewer/9");
    assertThat(more.column("Viewer")).isPresent();
    assertThat(more.column("nope")).isEmpty();
    assertThatThrownBy(() -> more.withColumn("collection", s -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'collection' appears twice");
    assertThat(more.toString()).contains("Viewer");
  }
}
