package io.github.tcia4j.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMapperTest {

  /** A record shaped like an NBIA row, with an old and a new spelling for one column. */
  public record Row(
      @JsonbProperty("SeriesInstanceUID") @WireAlias({"Series Instance UID", "Series UID"}) String seriesUid,
      @JsonbProperty("ImageCount") @WireAlias("Number of images") Integer imageCount,
      @JsonbProperty("FileSize") Long fileSize,
      @JsonbProperty("DataDescriptionURI") @WireAlias("CollectionURI") String doi,
      @JsonbProperty("PixelSpacing(mm)-Row") List<Double> pixelSpacing,
      @JsonbProperty("AnnotationsFlag") Boolean annotations,
      @JsonbProperty("StudyDate") LocalDate studyDate,
      @JsonbTransient @ExtraFields Map<String, Object> extra) {}

  public record Plain(String name, BigDecimal amount) {}

  public record WithPrimitive(int count) {}

  public enum Color { RED, GREEN }

  public record WithEnum(Color color) {}

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void readsCanonicalNamesAndKeepsUnknownFieldsInOrder() {
    Row r = RecordMapper.of(Row.class).fromRow(row(
        "SeriesInstanceUID", "1.2.3", "Site", "VCU", "ImageCount", 48L, "FileSize", 25273786L,
        "DataDescriptionURI", "https://doi.org/10.1/x", "Later", "new"));
    assertThat(r.seriesUid()).isEqualTo("1.2.3");
    assertThat(r.imageCount()).isEqualTo(48);
    assertThat(r.fileSize()).isEqualTo(25273786L);
    assertThat(r.doi()).isEqualTo("https://doi.org/10.1/x");
    assertThat(r.extra()).containsExactly(Map.entry("Site", "VCU"), Map.entry("Later", "new"));
    assertThat(r.pixelSpacing()).isNull();
  }

  @Test
  void readsAliasesAndCsvStyleStrings() {
    Row r = RecordMapper.of(Row.class).fromRow(row(
        "Series Instance UID", "9.8", "Number of images", "133", "CollectionURI", "https://doi.org/old",
        "PixelSpacing(mm)-Row", "0.703125, 0.781250", "AnnotationsFlag", "", "StudyDate", "2003-12-12",
        "FileSize", "500.000000"));
    assertThat(r.seriesUid()).isEqualTo("9.8");
    assertThat(r.imageCount()).isEqualTo(133);
    assertThat(r.doi()).isEqualTo("https://doi.org/old");
    assertThat(r.pixelSpacing()).containsExactly(0.703125, 0.78125);
    assertThat(r.annotations()).isNull();
    assertThat(r.studyDate()).isEqualTo(LocalDate.of(2003, 12, 12));
    assertThat(r.fileSize()).isEqualTo(500L);
    assertThat(r.extra()).isEmpty();
  }

  @Test
  void firstNonNullSpellingWins() {
    Row r = RecordMapper.of(Row.class).fromRow(row("CollectionURI", "a", "DataDescriptionURI", "b"));
    assertThat(r.doi()).isEqualTo("a");
  }

  @Test
  void badValueNamesColumnValueAndTarget() {
    assertThatThrownBy(() -> RecordMapper.of(Row.class).fromRow(row("ImageCount", "12.5")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("'ImageCount'")
        .hasMessageContaining("'12.5'")
        .hasMessageContaining("Integer")
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> RecordMapper.of(Row.class).fromRow(row("AnnotationsFlag", "maybe")))
        .isInstanceOf(TciaDecodeException.class)
        .hasMessageContaining("AnnotationsFlag");
  }

  @Test
  void recordWithoutAnnotationsUsesComponentNames() {
    Plain p = RecordMapper.of(Plain.class).fromRow(row("name", "x", "amount", 1.5, "other", 1));
    assertThat(p).isEqualTo(new Plain("x", new BigDecimal("1.5")));
  }

  @Test
  void enumsAreMatchedIgnoringCase() {
    assertThat(RecordMapper.of(WithEnum.class).fromRow(row("color", "green")).color()).isEqualTo(Color.GREEN);
    assertThatThrownBy(() -> RecordMapper.of(WithEnum.class).fromRow(row("color", "blue")))
        .hasMessageContaining("RED");
  }

  @Test
  void rejectsPrimitiveComponentsAndNonRecords() {
    assertThatThrownBy(() -> RecordMapper.of(WithPrimitive.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boxed");
  }

  @Test
  void canonicalNamesFollowComponentOrderWithoutExtras() {
    assertThat(RecordMapper.of(Row.class).canonicalNames()).containsExactly(
        "SeriesInstanceUID", "ImageCount", "FileSize", "DataDescriptionURI", "PixelSpacing(mm)-Row",
        "AnnotationsFlag", "StudyDate");
    assertThat(RecordMapper.of(Row.class).knownNames()).contains("Series UID", "CollectionURI");
  }

  @Test
  void customConverterReplacesBuiltIn() {
    ValueConverters us = ValueConverters.defaults()
        .with(LocalDate.class, v -> LocalDate.parse(ValueConverters.asText(v),
            java.time.format.DateTimeFormatter.ofPattern("MM-dd-yyyy")));
    Row r = RecordMapper.of(Row.class, us).fromRow(row("StudyDate", "06-19-1990"));
    assertThat(r.studyDate()).isEqualTo(LocalDate.of(1990, 6, 19));
  }

  @Test
  void unionOfKeysKeepsFirstSeenOrder() {
    assertThat(RecordMapper.unionOfKeys(List.of(Map.of("b", 1), row("a", 1, "b", 2), row("c", 3))))
        .containsExactly("b", "a", "c");
  }
}
