package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JsonExportTest {

  enum Kind { IMAGE, SEG }

  record Title(String title, String lang) {}

  record Doi(
      @JsonbProperty("DOI") String doi,
      List<Title> titles,
      Kind kind,
      @JsonbProperty("Published") LocalDate published,
      Optional<String> note,
      Map<String, Object> extra,
      double score) {}

  private static List<Doi> sample() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("b", 1);
    extra.put("a", null);
    return List.of(
        new Doi("10.7937/x", List.of(new Title("Müller \"quoted\"\n", "de"), new Title("中文", null)),
            Kind.SEG, LocalDate.of(2020, 2, 29), Optional.of("n"), extra, 2.0),
        new Doi(null, List.of(), Kind.IMAGE, null, Optional.empty(), Map.of(), 1.5));
  }

  private static JsonArray parseArray(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  private static JsonObject parseObject(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static void assertFirstDoi(JsonObject first) {
    assertThat(new ArrayList<>(first.keySet()))
        .containsExactly("DOI", "titles", "kind", "Published", "note", "extra", "score");
    assertThat(first.getString("DOI")).isEqualTo("10.7937/x");
    JsonArray titles = first.getJsonArray("titles");
    assertThat(titles.getJsonObject(0).getString("title")).isEqualTo("Müller \"quoted\"\n");
    assertThat(titles.getJsonObject(1).getString("title")).isEqualTo("中文");
    assertThat(titles.getJsonObject(1).isNull("lang")).isTrue();
    assertThat(first.getString("kind")).isEqualTo("SEG");
    assertThat(first.getString("Published")).isEqualTo("2020-02-29");
    assertThat(first.getString("note")).isEqualTo("n");
    assertThat(new ArrayList<>(first.getJsonObject("extra").keySet())).containsExactly("b", "a");
    assertThat(first.getJsonObject("extra").isNull("a")).isTrue();
    assertThat(first.getJsonNumber("score").bigDecimalValue()).isEqualTo(new BigDecimal("2.0"));
  }

  private static void assertSecondDoi(JsonObject second) {
    assertThat(second.isNull("DOI")).isTrue();
    assertThat(second.getJsonArray("titles")).isEmpty();
    assertThat(second.isNull("Published")).isTrue();
    assertThat(second.isNull("note")).isTrue();
    assertThat(second.getJsonObject("extra")).isEmpty();
    assertThat(second.getJsonNumber("score").bigDecimalValue()).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void jsonIsOneArrayOfObjectsInRowAndColumnOrder() {
    String text = Export.toText(sample(), TableSchema.ofRecord(Doi.class), TableFormat.JSON);

    JsonArray array = parseArray(text);

    assertThat(array).hasSize(2);
    assertFirstDoi(array.getJsonObject(0));
    assertSecondDoi(array.getJsonObject(1));
    assertThat(text).endsWith("]\n").doesNotContain(": ").doesNotContain("\n{");
  }

  @Test
  void jsonLinesIsOneObjectPerLine() {
    String text = Export.toText(sample(), TableSchema.ofRecord(Doi.class), TableFormat.JSONL);

    String[] lines = text.split("\n", -1);

    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEmpty();
    assertFirstDoi(parseObject(lines[0]));
    assertSecondDoi(parseObject(lines[1]));
  }

  @Test
  void nonAsciiIsWrittenAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Export.write(List.of(Map.of("name", "Müller é 中文")), TableSchema.forMaps("name"),
        TableFormat.JSONL, out);

    assertThat(out.toByteArray())
        .isEqualTo("{\"name\":\"Müller é 中文\"}\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void controlCharactersAreEscaped() {
    String value = "a\u0001b\tc\\d\b\f\r";

    String text = Export.toText(List.of(Map.of("v", value)), TableSchema.forMaps("v"),
        TableFormat.JSONL);

    assertThat(text).isEqualTo("{\"v\":\"a\\u0001b\\tc\\\\d\\b\\f\\r\"}\n");
    assertThat(parseObject(text).getString("v")).isEqualTo(value);
  }

  @Test
  void emptyTables() {
    TableSchema<Doi> schema = TableSchema.ofRecord(Doi.class);

    assertThat(Export.toText(List.of(), schema, TableFormat.JSON)).isEqualTo("[]\n");
    assertThat(Export.toText(List.of(), schema, TableFormat.JSONL)).isEmpty();
  }

  @Test
  void valuesAreFormattedForJson() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("int", 7);
    row.put("long", 12345678901L);
    row.put("bigint", new java.math.BigInteger("123456789012345678901234567890"));
    row.put("plain", new BigDecimal("1E+3"));
    row.put("double", 2.0);
    row.put("huge", 1.0e20);
    row.put("tiny", 1.0e-5);
    row.put("float", 1.25f);
    row.put("nan", Double.NaN);
    row.put("inf", Double.POSITIVE_INFINITY);
    row.put("bool", false);
    row.put("date", LocalDate.of(2003, 12, 12));
    row.put("dateTime", LocalDateTime.of(2003, 12, 12, 8, 5));
    row.put("offset", OffsetDateTime.of(2020, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
    row.put("zoned", ZonedDateTime.of(2020, 7, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    row.put("instant", Instant.parse("2020-01-01T09:00:00.5Z"));
    row.put("optInt", OptionalInt.of(3));
    row.put("optEmpty", OptionalInt.empty());
    row.put("strings", new String[] {"a", null});
    row.put("ints", new int[] {1, 2});
    row.put("char", 'c');

    String text = Export.toText(List.of(row), TableSchema.forMapsLike(row), TableFormat.JSONL);

    assertThat(text).isEqualTo("{\"int\":7,\"long\":12345678901,"
        + "\"bigint\":123456789012345678901234567890,\"plain\":1000,\"double\":2.0,"
        + "\"huge\":100000000000000000000,\"tiny\":0.00001,\"float\":1.25,\"nan\":null,"
        + "\"inf\":null,\"bool\":false,\"date\":\"2003-12-12\","
        + "\"dateTime\":\"2003-12-12T08:05:00\",\"offset\":\"2020-01-01T10:00:00+01:00\","
        + "\"zoned\":\"2020-07-01T10:00:00+02:00\",\"instant\":\"2020-01-01T09:00:00.500Z\","
        + "\"optInt\":3,\"optEmpty\":null,\"strings\":[\"a\",null],\"ints\":[1,2],"
        + "\"char\":\"c\"}\n");
    JsonObject parsed = parseObject(text);
    assertThat(parsed.get("nan")).isEqualTo(JsonValue.NULL);
    assertThat(parsed.getJsonNumber("huge").bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal("1e20"));
  }

  @Test
  void nullValuesInsideListsAndMapsAreKept() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("x", null);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("list", Arrays.asList(1, null));
    row.put("map", inner);

    String text = Export.toText(List.of(row), TableSchema.forMapsLike(row), TableFormat.JSON);

    assertThat(text).isEqualTo("[{\"list\":[1,null],\"map\":{\"x\":null}}]\n");
  }
}
