package io.github.tcia4j.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableFormatTest {

  @Test
  void parsesNamesIgnoringCase() {
    assertThat(TableFormat.parse("csv")).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.parse("JSON")).isEqualTo(TableFormat.JSON);
    assertThat(TableFormat.parse(" JsonL ")).isEqualTo(TableFormat.JSONL);
  }

  @Test
  void unknownNameListsValidOnes() {
    assertThatThrownBy(() -> TableFormat.parse("parquet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'parquet'")
        .hasMessageContaining("csv, json, jsonl");
    assertThatThrownBy(() -> TableFormat.parse(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void guessesFromFileName() {
    assertThat(TableFormat.forFileName("out/series.CSV")).contains(TableFormat.CSV);
    assertThat(TableFormat.forFileName("a.jsonl")).contains(TableFormat.JSONL);
    assertThat(TableFormat.forFileName("a.json")).contains(TableFormat.JSON);
    assertThat(TableFormat.forFileName("a.txt")).isEmpty();
    assertThat(TableFormat.forFileName("noext")).isEmpty();
  }

  @Test
  void extensionsAndMediaTypes() {
    assertThat(TableFormat.CSV.extension()).isEqualTo("csv");
    assertThat(TableFormat.JSONL.mediaType()).isEqualTo("application/x-ndjson");
  }
}
