package io.github.tcia4j.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example of the reference (tcia-utils-surface.md 5.3 and 5.4) and a few rounding edges. */
class DiskSpaceTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0 | 0.00 B",
      "999 | 999.00 B",
      "1000 | 1.00 kB",
      "1500 | 1.50 kB",
      "1000000 | 1.00 MB",
      "1048576 | 1.05 MB",
      "5368709120 | 5.37 GB",
      "1e15 | 1.00 PB",
      // rounding edges checked against Python's f"{x:.2f}"
      "999.995 | 1000.00 B",
      "0.125 | 0.12 B",
      "1005 | 1.00 kB",
      "2.675 | 2.67 B",
      "1e18 | 1000.00 PB",
      "999999999999 | 1000.00 GB",
  })
  void formatsDecimalUnits(double bytes, String expected) {
    assertThat(DiskSpace.format(bytes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "0 | 0.00 KiB",
      "999 | 0.98 KiB",
      "1048576 | 1.00 MiB",
      "5368709120 | 5.00 GiB",
      "1e15 | 909.49 TiB",
      "2251799813685248 | 2.00 PiB",
      "1048574.976 | 1024.00 KiB",
      "1024 | 1.00 KiB",
      "1073741824 | 1.00 GiB",
      "1099511627776 | 1.00 TiB",
  })
  void formatsBinaryUnits(double bytes, String expected) {
    assertThat(DiskSpace.formatBinary(bytes)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void twoPebibytesIsComputedNotTyped() {
    assertThat(DiskSpace.formatBinary(2 * Math.pow(1024, 5))).isEqualTo("2.00 PiB");
    assertThat(DiskSpace.format(-0.0)).isEqualTo("0.00 B");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void rejectsNegativeAndNonFinite(double bytes) {
    assertThatThrownBy(() -> DiskSpace.format(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size in bytes");
    assertThatThrownBy(() -> DiskSpace.formatBinary(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(bytes));
  }
}
