package io.github.tcia4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The option parsing and machine description of the benchmarks (the benchmarks themselves run by hand). */
class BenchArgsTest {

  @Test
  void readsPairsWithDefaultsAndGroupedDigits() {
    BenchArgs a = new BenchArgs(new String[] {"--series", "40", "--total-bps", "80_000_000", "--workers", "default,4"});
    assertThat(a.integer("series", 1)).isEqualTo(40);
    assertThat(a.number("total-bps", 0)).isEqualTo(80_000_000L);
    assertThat(a.text("workers", "")).isEqualTo("default,4");
    assertThat(a.integer("images", 48)).as("default").isEqualTo(48);
  }

  @Test
  void rejectsLoneWordsAndNonNumbers() {
    assertThatThrownBy(() -> new BenchArgs(new String[] {"--series"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--name value'").hasMessageContaining("--series");
    assertThatThrownBy(() -> new BenchArgs(new String[] {"series", "4"})).hasMessageContaining("'series'");
    BenchArgs a = new BenchArgs(new String[] {"--series", "forty"});
    assertThatThrownBy(() -> a.integer("series", 1)).hasMessageContaining("--series must be a whole number")
        .hasMessageContaining("forty");
  }

  @Test
  void machineDescriptionNamesEveryProperty() {
    assertThat(Machine.describe()).extracting(l -> l.substring(0, l.indexOf(':')))
        .containsExactly("nproc", "CPU model", "RAM", "JDK", "OS", "Load average (1, 5, 15 min) at start");
    assertThat(Machine.describe().get(3)).contains(System.getProperty("java.runtime.version"));
  }
}
