package io.github.tcia4j.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecForEachRowTest {
  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void handsEveryRowInOrderAndCountsThem() {
    List<Map<String, Object>> rows = new ArrayList<>();
    long n = JsonCodec.standard().forEachRow(body("[{\"a\":1,\"b\":\"x\"},{},{\"b\":\"y\",\"a\":2.5}]"), rows::add);
    assertThat(n).isEqualTo(3);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactly(Map.entry("a", 1L), Map.entry("b", "x"));
    assertThat(rows.get(1)).isEmpty();
    assertThat(rows.get(2).keySet()).containsExactly("b", "a");
  }

  @Test
  void sameRowsAsReadRows() {
    String json = "[{\"Collection\":\"X\",\"ImageCount\":3,\"Tags\":[\"a\",{\"k\":null}]}]";
    List<Map<String, Object>> streamed = new ArrayList<>();
    JsonCodec.standard().forEachRow(body(json), streamed::add);
    assertThat(streamed).isEqualTo(JsonCodec.standard().readRows(json));
  }

  @Test
  void keysAndShortRepeatedValuesAreSharedBetweenRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    String longValue = "1.3.6.1.4.1.14519.5.2.1.5168.1900.104193299251798317056218297018";
    JsonCodec.standard().forEachRow(body("[{\"Collection\":\"SBX-Lung-CT\",\"Uid\":\"" + longValue + "\"},"
        + "{\"Collection\":\"SBX-Lung-CT\",\"Uid\":\"" + longValue + "\"}]"), rows::add);
    String key0 = rows.get(0).keySet().iterator().next();
    String key1 = rows.get(1).keySet().iterator().next();
    assertThat(key0).isSameAs(key1);
    assertThat(rows.get(0).get("Collection")).isSameAs(rows.get(1).get("Collection"));
    assertThat(rows.get(0).get("Uid")).isEqualTo(rows.get(1).get("Uid"));
  }

  @Test
  void emptyBodyMeansNoRowsAndBadBodiesAreDecodeErrors() {
    assertThat(JsonCodec.standard().forEachRow(body("  "), r -> { throw new AssertionError("no row expected"); })).isZero();
    assertThatThrownBy(() -> JsonCodec.standard().forEachRow(body("<html>error</html>"), r -> { }))
        .isInstanceOf(TciaDecodeException.class).hasMessageContaining("<html>");
    assertThatThrownBy(() -> JsonCodec.standard().forEachRow(body("[1,2]"), r -> { }))
        .isInstanceOf(TciaDecodeException.class).hasMessageContaining("element 0");
  }

  @Test
  void anExceptionFromTheSinkStopsReadingAndPropagates() {
    List<Map<String, Object>> seen = new ArrayList<>();
    assertThatThrownBy(() -> JsonCodec.standard().forEachRow(body("[{\"a\":1},{\"a\":2},{\"a\":3}]"), r -> {
      seen.add(r);
      if (seen.size() == 2) {
        throw new IllegalStateException("stop");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("stop");
    assertThat(seen).hasSize(2);
  }
}
