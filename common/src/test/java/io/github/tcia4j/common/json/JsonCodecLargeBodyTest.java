package io.github.tcia4j.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies beyond Parsson's default limit of 15,000,000 parsed characters per document (a real
 * NBIA getSeries answer of about 16,000 rows) still read, as rows and through JSON-B.
 */
class JsonCodecLargeBodyTest {
  private static final int ROWS = 20_000;
  private static final String FILLER = "x".repeat(1_000);

  private static String body() {
    StringBuilder sb = new StringBuilder(ROWS * (FILLER.length() + 40));
    sb.append('[');
    for (int i = 0; i < ROWS; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"n\":").append(i).append(",\"text\":\"").append(FILLER).append("\"}");
    }
    return sb.append(']').toString();
  }

  /** A JSON-B target for the test rows. */
  public record Row(long n, String text) {
  }

  /** A JSON-B target holding the whole array as a property. */
  public record Holder(List<Row> rows) {
  }

  @Test
  void jsonbListsOfMoreThanFifteenMillionCharactersAreRead() {
    String body = body();

    List<Row> fromText = JsonCodec.standard().readList(body, Row.class);
    List<Row> fromStream = JsonCodec.standard()
        .readList(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), Row.class);

    assertThat(fromText).hasSize(ROWS).last().isEqualTo(new Row(ROWS - 1, FILLER));
    assertThat(fromStream).hasSize(ROWS).last().isEqualTo(new Row(ROWS - 1, FILLER));
  }

  @Test
  void jsonbObjectsOfMoreThanFifteenMillionCharactersAreRead() {
    String body = "{\"rows\":" + body() + "}";

    Holder fromText = JsonCodec.standard().readObject(body, Holder.class);
    Holder fromStream = JsonCodec.standard()
        .readObject(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), Holder.class);

    assertThat(fromText.rows()).hasSize(ROWS);
    assertThat(fromStream.rows()).hasSize(ROWS).first().isEqualTo(new Row(0, FILLER));
  }

  @Test
  void rowsOfMoreThanFifteenMillionCharactersAreRead() {
    String body = body();
    assertThat(body.length()).isGreaterThan(15_000_000);

    List<Map<String, Object>> fromText = JsonCodec.standard().readRows(body);
    List<Map<String, Object>> fromStream = JsonCodec.standard()
        .readRows(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

    assertThat(fromText).hasSize(ROWS);
    assertThat(fromText.get(ROWS - 1)).containsEntry("n", (long) (ROWS - 1)).containsEntry("text", FILLER);
    assertThat(fromStream).hasSize(ROWS);
    assertThat(fromStream.get(ROWS - 1)).containsEntry("n", (long) (ROWS - 1));
  }
}
