package io.github.tcia4j.testkit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void decimalsLoseTrailingZerosLikeJettison() {
    assertThat(JsonWriter.number(new BigDecimal("500.000000"))).isEqualTo("500");
    assertThat(JsonWriter.number(new BigDecimal("0.878906"))).isEqualTo("0.878906");
    assertThat(JsonWriter.number(new BigDecimal("2.500"))).isEqualTo("2.5");
    assertThat(JsonWriter.number(3000923)).isEqualTo("3000923");
    assertThat(JsonWriter.number(25273786L)).isEqualTo("25273786");
    assertThat(JsonWriter.number(100.0)).isEqualTo("100");
  }

  @Test
  void nanCannotBeWritten() {
    assertThatThrownBy(() -> JsonWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }

  @Test
  void stringsAreEscaped() {
    String json = JsonWriter.keepingNulls().write("a\"b\\c\nd\u0001/");
    assertThat(json).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001/\"");
  }

  @Test
  void nullMapValuesAreKeptOrLeftOut() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1);
    m.put("a", null);
    m.put("c", List.of(true, "x"));
    assertThat(JsonWriter.keepingNulls().write(m)).isEqualTo("{\"b\":1,\"a\":null,\"c\":[true,\"x\"]}");
    assertThat(JsonWriter.omittingNulls().write(m)).isEqualTo("{\"b\":1,\"c\":[true,\"x\"]}");
  }

  @Test
  void nullListElementsStayNull() {
    assertThat(JsonWriter.omittingNulls().write(Arrays.asList(1, null))).isEqualTo("[1,null]");
  }
}
