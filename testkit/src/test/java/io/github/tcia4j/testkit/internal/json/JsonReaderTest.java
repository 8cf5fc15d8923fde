package io.github.tcia4j.testkit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class JsonReaderTest {

  @Test
  @SuppressWarnings("unchecked")
  void readsObjectsInKeyOrder() {
    Object v = JsonReader.parse(" {\"z\": 1, \"a\": [true, false, null], \"m\": {\"x\": \"y\"}} ");
    assertThat(v).isInstanceOf(Map.class);
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("z", "a", "m");
    assertThat(m.get("z")).isEqualTo(1L);
    assertThat((List<Object>) m.get("a")).containsExactly(true, false, JsonReader.NULL);
    assertThat(((Map<?, ?>) m.get("m")).get("x")).isEqualTo("y");
  }

  @Test
  void readsNumbersAndEscapes() {
    assertThat(JsonReader.parse("-12")).isEqualTo(-12L);
    assertThat(JsonReader.parse("2.50")).isEqualTo(new BigDecimal("2.50"));
    assertThat(JsonReader.parse("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(JsonReader.parse("\"a\\u0041\\/\\n\"")).isEqualTo("aA/\n");
  }

  @Test
  void errorsNameTheOffset() {
    assertThatThrownBy(() -> JsonReader.parse("[1, 2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 5");
    assertThatThrownBy(() -> JsonReader.parse("{\"a\" 1}"))
        .hasMessageContaining("expected ':'");
    assertThatThrownBy(() -> JsonReader.parse("[1] x"))
        .hasMessageContaining("after the JSON value");
    assertThatThrownBy(() -> JsonReader.parse(null)).hasMessageContaining("null");
  }
}
