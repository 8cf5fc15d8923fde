package io.github.tcia4j.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaIoException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = JsonCodec.standard();

  public record BodyPart(@JsonbProperty("BodyPartExamined") String bodyPart) {}

  public record SeriesMeta(
      @JsonbProperty("Series UID") String seriesUid,
      @JsonbProperty("Number of Images") Integer images,
      @JsonbProperty("File Size") Long fileSize,
      @JsonbProperty("Collection") String collection) {}

  public record Counted(String name, int count) {}

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyBodyIsAnEmptyList() {
    assertThat(codec.readList("", BodyPart.class)).isEmpty();
    assertThat(codec.readList(stream(""), BodyPart.class)).isEmpty();
    assertThat(codec.readRows("")).isEmpty();
    assertThat(codec.readRows(stream(""))).isEmpty();
  }

  @Test
  void blankBodyIsAnEmptyList() {
    assertThat(codec.readList(" \r\n\t ", BodyPart.class)).isEmpty();
    assertThat(codec.readList(stream(" \r\n\t "), BodyPart.class)).isEmpty();
    assertThat(codec.readList("\uFEFF\n", BodyPart.class)).isEmpty();
    assertThat(codec.readRows(stream("\n\n"))).isEmpty();
  }

  @Test
  void emptyObjectElementBecomesRecordWithNullComponents() {
    String body = "[{}, {\"BodyPartExamined\": \"BRAIN\"}]";

    assertThat(codec.readList(body, BodyPart.class))
        .containsExactly(new BodyPart(null), new BodyPart("BRAIN"));
    assertThat(codec.readList(stream(body), BodyPart.class))
        .containsExactly(new BodyPart(null), new BodyPart("BRAIN"));
  }

  @Test
  void unknownKeysAreIgnored() {
    String body = "[{\"name\":\"a\",\"count\":2,\"extra\":{\"deep\":[1,2]},\"more\":null}]";

    assertThat(codec.readList(body, Counted.class)).containsExactly(new Counted("a", 2));
  }

  @Test
  void spacedWireNamesAndNumbersAsStringsRead() {
    String body = "[{\"Series UID\":\"1.2.840.1\",\"Number of Images\":\"133\","
        + "\"File Size\":\"25273786\",\"Collection\":\"TCGA-GBM\"}]";

    List<SeriesMeta> list = codec.readList(body, SeriesMeta.class);

    assertThat(list).containsExactly(new SeriesMeta("1.2.840.1", 133, 25273786L, "TCGA-GBM"));
  }

  @Test
  void missingPrimitiveIsZero() {
    assertThat(codec.readList("[{\"name\":\"x\"}]", Counted.class))
        .containsExactly(new Counted("x", 0));
  }

  @Test
  void htmlBodyGivesDecodeErrorWithSnippet() {
    String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
        + "x".repeat(500) + "</body></html>";

    assertThatThrownBy(() -> codec.readList(html, BodyPart.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Expected a JSON array of BodyPart")
        .hasMessageContaining("HTML")
        .hasMessageContaining("<!DOCTYPE html><html><head><title>502 Bad Gateway")
        .hasMessageContaining("...")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("x".repeat(300)));
    assertThatThrownBy(() -> codec.readList(stream(html), BodyPart.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("502 Bad Gateway");
    assertThatThrownBy(() -> codec.readRows(stream(html)))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void plainTextBodyIsNamedAsNotJson() {
    assertThatThrownBy(() -> codec.readList("Invalid query parameter: 'collection'", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("text that is not JSON")
        .hasMessageContaining("Invalid query parameter: 'collection'");
  }

  @Test
  void objectWhereArrayExpectedSaysSo() {
    String body = "{\"resultSet\":[],\"totalPatients\":0}";

    assertThatThrownBy(() -> codec.readList(body, Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Expected a JSON array of Counted but found a JSON object")
        .hasMessageContaining("totalPatients");
    assertThatThrownBy(() -> codec.readRows(body))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("found a JSON object");
  }

  @Test
  void snippetMasksSecrets() {
    String body = "{\"access_token\":\"s3cr3t-value\",\"expires_in\":7200}";

    assertThatThrownBy(() -> codec.readList(body, Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("\"access_token\":\"***\"")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
  }

  @Test
  void truncatedJsonGivesDecodeError() {
    String body = "[{\"name\":\"a\",\"count\":";

    assertThatThrownBy(() -> codec.readList(body, Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Could not read the body as a JSON array of Counted")
        .hasMessageContaining("[{\"name\":\"a\"");
    assertThatThrownBy(() -> codec.readList(stream(body), Counted.class))
        .isInstanceOf(TciaDecodeException.class);
    assertThatThrownBy(() -> codec.readRows(body))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Could not read");
  }

  @Test
  void wrongValueTypeGivesDecodeError() {
    assertThatThrownBy(() -> codec.readList("[{\"name\":\"a\",\"count\":\"abc\"}]", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Counted");
  }

  @Test
  void nullElementIsRejected() {
    assertThatThrownBy(() -> codec.readList("[{\"name\":\"a\"}, null]", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("element 1 is JSON null");
  }

  @Test
  void jsonNullBodyIsRejected() {
    assertThatThrownBy(() -> codec.readList("null", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("found JSON null");
    assertThatThrownBy(() -> codec.readObject("null", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("found JSON null");
  }

  @Test
  void readsListsOfStrings() {
    assertThat(codec.readList("[\"a\",\"b\"]", String.class)).containsExactly("a", "b");
  }

  @Test
  void returnedListIsUnmodifiable() {
    List<Counted> list = codec.readList("[{\"name\":\"a\"}]", Counted.class);

    assertThatThrownBy(() -> list.add(new Counted("b", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readObjectReadsOneObject() {
    assertThat(codec.readObject("{\"name\":\"a\",\"count\":\"7\"}", Counted.class))
        .isEqualTo(new Counted("a", 7));
    assertThat(codec.readObject(stream(" {}"), BodyPart.class)).isEqualTo(new BodyPart(null));
  }

  @Test
  void readObjectRejectsArrayAndEmptyBody() {
    assertThatThrownBy(() -> codec.readObject("[{\"name\":\"a\"}]", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("Expected a JSON object for Counted but found a JSON array");
    assertThatThrownBy(() -> codec.readObject("", Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("found an empty body");
    assertThatThrownBy(() -> codec.readObject(stream("<html/>"), Counted.class))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void readRowsKeepsOrderAndTypes() {
    String body = "[{\"z\":1,\"a\":2.5,\"m\":\"x\",\"n\":null,\"t\":true,"
        + "\"big\":123456789012345678901234567890,\"e\":1e3,"
        + "\"list\":[1,\"two\",{\"k\":false}],\"obj\":{\"b\":1,\"a\":2}}, {}]";

    List<Map<String, Object>> rows = codec.readRows(body);

    assertThat(rows).hasSize(2);
    Map<String, Object> row = rows.get(0);
    assertThat(row.keySet()).containsExactly("z", "a", "m", "n", "t", "big", "e", "list", "obj");
    assertThat(row.get("z")).isEqualTo(1L);
    assertThat(row.get("a")).isEqualTo(new BigDecimal("2.5"));
    assertThat(row.get("m")).isEqualTo("x");
    assertThat(row).containsEntry("n", null);
    assertThat(row.get("t")).isEqualTo(Boolean.TRUE);
    assertThat(row.get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(row.get("e")).isInstanceOf(BigDecimal.class);
    assertThat(((BigDecimal) row.get("e")).compareTo(new BigDecimal("1000"))).isZero();
    assertThat(row.get("list")).isEqualTo(List.of(1L, "two", Map.of("k", false)));
    assertThat(List.copyOf(((Map<?, ?>) row.get("obj")).keySet())).isEqualTo(List.of("b", "a"));
    assertThat(rows.get(1)).isEmpty();
    assertThatThrownBy(() -> row.put("q", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readRowsFromStreamMatchesString() {
    String body = "[{\"b\":1,\"a\":\"é ü 中文\"}]";

    assertThat(codec.readRows(stream(body))).isEqualTo(codec.readRows(body));
    assertThat(codec.readRows(stream(body)).get(0).get("a")).isEqualTo("é ü 中文");
  }

  @Test
  void readRowsRejectsNonObjectElements() {
    assertThatThrownBy(() -> codec.readRows("[{\"a\":1}, 5]"))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("element 1 of the array is a JSON number, not a JSON object");
    assertThatThrownBy(() -> codec.readRows(stream("[\"x\"]")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("element 0 of the array is a JSON string");
  }

  @Test
  void longLeadingWhitespaceInStreamIsSkipped() {
    String body = " ".repeat(5000) + "[{\"name\":\"a\",\"count\":1}]" + " ".repeat(3000);

    assertThat(codec.readList(stream(body), Counted.class)).containsExactly(new Counted("a", 1));
    assertThat(codec.readList(stream(" ".repeat(5000)), Counted.class)).isEmpty();
  }

  @Test
  void byteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "[{\"name\":\"a\"}]".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(json, 0, all, 3, json.length);

    assertThat(codec.readList(new ByteArrayInputStream(all), Counted.class))
        .containsExactly(new Counted("a", 0));
    assertThat(codec.readRows(new ByteArrayInputStream(all))).hasSize(1);
    assertThat(codec.readList("\uFEFF[{\"name\":\"a\"}]", Counted.class)).hasSize(1);
  }

  @Test
  void largeStreamReads() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\",\"count\":")
          .append(i).append('}');
    }
    sb.append(']');

    List<Counted> list = codec.readList(stream(sb.toString()), Counted.class);

    assertThat(list).hasSize(20_000);
    assertThat(list.get(19_999)).isEqualTo(new Counted("n19999", 19_999));
  }

  @Test
  void callerStreamIsNotClosed() {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(stream("[{\"name\":\"a\"}]")) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    codec.readList(in, Counted.class);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void failingStreamGivesIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Connection reset");
      }
    };

    assertThatThrownBy(() -> codec.readList(broken, Counted.class))
        .isInstanceOf(TciaIoException.class)
        .hasMessageContaining("Connection reset");
  }

  @Test
  void streamFailingAfterStartGivesIoException() {
    byte[] start = ("[" + "{\"name\":\"a\"},".repeat(200)).getBytes(StandardCharsets.UTF_8);
    InputStream breaksLater = new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos < start.length) {
          return start[pos++];
        }
        throw new IOException("Connection reset by peer");
      }
    };

    assertThatThrownBy(() -> codec.readList(breaksLater, Counted.class))
        .isInstanceOf(TciaIoException.class)
        .hasMessageContaining("Reading the JSON body failed");
  }

  @Test
  void writesValues() {
    String json = codec.write(new SeriesMeta("1.2", 5, null, "C"));

    assertThat(codec.readObject(json, SeriesMeta.class)).isEqualTo(new SeriesMeta("1.2", 5, null, "C"));
    assertThat(json).contains("\"Series UID\":\"1.2\"").doesNotContain("File Size");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", 1);
    map.put("a", List.of("x"));
    assertThat(codec.write(map)).isEqualTo("{\"b\":1,\"a\":[\"x\"]}");
    assertThat(codec.write(null)).isEqualTo("null");
  }

  @Test
  void writesToStream() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    codec.write(List.of("é", 1), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"é\",1]");
  }

  /** A value type read from "yes"/"no" through an adapter. */
  public static final class Flag {
    private final boolean on;

    Flag(boolean on) {
      this.on = on;
    }

    boolean on() {
      return on;
    }
  }

  public static final class FlagAdapter implements JsonbAdapter<Flag, String> {
    @Override
    public String adaptToJson(Flag flag) {
      return flag.on() ? "yes" : "no";
    }

    @Override
    public Flag adaptFromJson(String text) {
      return new Flag("yes".equalsIgnoreCase(text));
    }
  }

  public record Flagged(String name, Flag flag) {}

  @Test
  void builderRegistersAdapters() {
    JsonCodec custom = JsonCodec.builder().adapters(new FlagAdapter()).build();

    List<Flagged> list = custom.readList("[{\"name\":\"a\",\"flag\":\"yes\"},"
        + "{\"name\":\"b\",\"flag\":\"no\"}]", Flagged.class);

    assertThat(list).extracting(f -> f.flag().on()).containsExactly(true, false);
    assertThat(custom.write(list.get(0))).contains("\"flag\":\"yes\"");
    JsonCodec copy = custom.toBuilder().build();
    assertThat(copy.readObject("{\"flag\":\"YES\"}", Flagged.class).flag().on()).isTrue();
    assertThat(copy.toString()).contains("adapters=1");
  }

  @Test
  void builderRejectsNullAdapter() {
    assertThatThrownBy(() -> JsonCodec.builder().adapters(new FlagAdapter(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("adapter 1 is null");
  }

  @Test
  void standardCodecIsShared() {
    assertThat(JsonCodec.standard()).isSameAs(JsonCodec.standard());
  }
}
