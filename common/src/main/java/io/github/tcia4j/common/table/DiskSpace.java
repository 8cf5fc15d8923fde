package io.github.tcia4j.common.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats byte counts exactly as {@code tcia_utils.utils.format_disk_space} and
 * {@code format_disk_space_binary} do: two decimals, one space, then the unit.
 *
 * <p>Rounding matches Python's {@code f"{x:.2f}"}: the exact binary value of the double is
 * rounded half-even, so {@code 1048574.976} bytes is {@code "1024.00 KiB"} (not
 * {@code "1.00 MiB"}: the unit is chosen before rounding, as in Python).
 */
public final class DiskSpace {
  private static final String[] DECIMAL_UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
  private static final String[] BINARY_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB"};

  private DiskSpace() {}

  /**
   * Formats a size with decimal units: {@code B} below 1000, then {@code kB} (lower-case k),
   * {@code MB}, {@code GB}, {@code TB}, and {@code PB} from 1000<sup>5</sup> up.
   *
   * <p>Examples: {@code 0 → "0.00 B"}, {@code 999 → "999.00 B"}, {@code 1000 → "1.00 kB"},
   * {@code 1048576 → "1.05 MB"}, {@code 5368709120 → "5.37 GB"}, {@code 1e15 → "1.00 PB"}.
   *
   * @param bytes the size in bytes, finite and not negative
   * @return the formatted size
   * @throws IllegalArgumentException if {@code bytes} is negative, NaN or infinite
   */
  public static String format(double bytes) {
    return scaled(check(bytes), 1000, 1, DECIMAL_UNITS);
  }

  /**
   * Formats a size with IEC binary units: {@code KiB} below 1024<sup>2</sup> (even below 1024
   * bytes: there is no byte unit), then {@code MiB}, {@code GiB}, {@code TiB}, and {@code PiB}
   * from 1024<sup>5</sup> up.
   *
   * <p>Examples: {@code 0 → "0.00 KiB"}, {@code 999 → "0.98 KiB"}, {@code 1048576 → "1.00 MiB"},
   * {@code 5368709120 → "5.00 GiB"}, {@code 1e15 → "909.49 TiB"},
   * {@code 2·1024⁵ → "2.00 PiB"}.
   *
   * @param bytes the size in bytes, finite and not negative
   * @return the formatted size
   * @throws IllegalArgumentException if {@code bytes} is negative, NaN or infinite
   */
  public static String formatBinary(double bytes) {
    return scaled(check(bytes), 1024, 1024, BINARY_UNITS);
  }

  /**
   * Picks the first unit whose limit the size stays below and divides by that unit's divisor,
   * as the Python if/elif chain does. Unit {@code i} has the divisor
   * {@code firstDivisor · base^i} and the limit {@code firstDivisor · base^(i+1)}; the last unit
   * has no limit.
   */
  private static String scaled(double size, double base, double firstDivisor, String[] units) {
    double divisor = firstDivisor;
    int unit = 0;
    while (unit < units.length - 1 && size >= divisor * base) {
      divisor *= base;
      unit++;
    }
    return twoDecimals(size / divisor) + " " + units[unit];
  }

  private static double check(double bytes) {
    if (Double.isNaN(bytes) || Double.isInfinite(bytes)) {
      throw new IllegalArgumentException("A size in bytes must be a finite number, was " + bytes);
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("A size in bytes must not be negative, was " + bytes);
    }
    return bytes == 0 ? 0.0 : bytes; // turns -0.0 into 0.0
  }

  private static String twoDecimals(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
