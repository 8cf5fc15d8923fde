package io.github.tcia4j.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyColumnsTest {

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static List<Map<String, Object>> referenceTarget() {
    return List.of(row("k", 1, "v", "a"), row("k", 2, "v", null), row("k", 3, "v", "c"));
  }

  private static List<Map<String, Object>> referenceSource() {
    return List.of(row("k", 2, "v", "B", "w", "x"), row("k", 3, "v", "C", "w", "y"),
        row("k", 4, "v", "D", "w", "z"));
  }

  @Test
  void reproducesTheReferenceExampleWithoutLookupColumns() {
    List<Map<String, Object>> result = Tables.copyColumns(referenceTarget(), referenceSource(),
        "k", List.of("v", "w"));

    assertThat(result).hasSize(3);
    for (Map<String, Object> r : result) {
      assertThat(new ArrayList<>(r.keySet())).containsExactly("k", "v", "w");
    }
    assertThat(result.get(0)).isEqualTo(row("k", 1, "v", "a", "w", null));
    assertThat(result.get(1)).isEqualTo(row("k", 2, "v", "B", "w", "x"));
    assertThat(result.get(2)).isEqualTo(row("k", 3, "v", "C", "w", "y"));
  }

  @Test
  void columnMissingFromSourceIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Tables.copyColumns(referenceTarget(), referenceSource(), "k",
        "v", "w", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column 'nope' is missing from every source row")
        .hasMessageContaining("[k, v, w]");
  }

  @Test
  void inputsAreNotChanged() {
    List<Map<String, Object>> target = referenceTarget();
    List<Map<String, Object>> source = referenceSource();

    Tables.copyColumns(target, source, "k", "v", "w");

    assertThat(target).isEqualTo(referenceTarget());
    assertThat(source).isEqualTo(referenceSource());
  }

  @Test
  void sourceNullKeepsTargetValue() {
    List<Map<String, Object>> result = Tables.copyColumns(
        List.of(row("k", "a", "v", "old")), List.of(row("k", "a", "v", null)), "k", "v");

    assertThat(result.get(0)).isEqualTo(row("k", "a", "v", "old"));
  }

  @Test
  void firstSourceRowWinsOnDuplicateKeys() {
    List<Map<String, Object>> result = Tables.copyColumns(List.of(row("k", 1)),
        List.of(row("k", 1, "v", "first"), row("k", 1, "v", "second")), "k", "v");

    assertThat(result).containsExactly(row("k", 1, "v", "first"));
  }

  @Test
  void numericKeysCompareByValue() {
    List<Map<String, Object>> result = Tables.copyColumns(
        List.of(row("k", 1), row("k", 2L), row("k", 3.0)),
        List.of(row("k", 1L, "v", "one"), row("k", new java.math.BigDecimal("2.00"), "v", "two"),
            row("k", 3, "v", "three")), "k", "v");

    assertThat(result).extracting(r -> r.get("v")).containsExactly("one", "two", "three");
  }

  @Test
  void nullKeysMatchNothing() {
    List<Map<String, Object>> result = Tables.copyColumns(List.of(row("k", null)),
        List.of(row("k", null, "v", "x")), "k", "v");

    assertThat(result).containsExactly(row("k", null, "v", null));
  }

  @Test
  void newColumnsAreAppendedInTheOrderGiven() {
    List<Map<String, Object>> result = Tables.copyColumns(List.of(row("z", 0, "k", 1)),
        List.of(row("k", 1, "a", "A", "b", "B")), "k", "b", "a");

    assertThat(new ArrayList<>(result.get(0).keySet())).containsExactly("z", "k", "b", "a");
  }

  @Test
  void missingKeyColumnIsAnError() {
    assertThatThrownBy(() -> Tables.copyColumns(referenceTarget(), referenceSource(), "id", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Key column 'id' is missing from every target row");
    assertThatThrownBy(() -> Tables.copyColumns(List.of(row("id", 1)), referenceSource(), "id",
        "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Key column 'id' is missing from every source row")
        .hasMessageContaining("[k, v, w]");
  }

  @Test
  void noColumnsIsAnError() {
    assertThatThrownBy(() -> Tables.copyColumns(referenceTarget(), referenceSource(), "k",
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one column");
  }

  @Test
  void emptySourceAddsNullColumns() {
    List<Map<String, Object>> result = Tables.copyColumns(List.of(row("k", 1, "v", "a")),
        List.of(), "k", "v", "w");

    assertThat(result).containsExactly(row("k", 1, "v", "a", "w", null));
  }

  @Test
  void resultRowsAreUnmodifiable() {
    List<Map<String, Object>> result = Tables.copyColumns(referenceTarget(), referenceSource(),
        "k", "v");

    assertThatThrownBy(() -> result.get(0).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
