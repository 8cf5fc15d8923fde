package io.github.tcia4j.common.internal;

import java.math.BigDecimal;
import java.time.Duration;

/** Formats durations for log lines and messages. */
public final class Durations {
  private Durations() {}

  /**
   * Returns the duration in seconds, without trailing zeros: {@code 0.5}, {@code 30}, {@code 1.25}.
   *
   * @param duration the duration
   * @return the number of seconds as text, to the millisecond
   */
  public static String seconds(Duration duration) {
    BigDecimal millis = BigDecimal.valueOf(duration.toMillis());
    return millis.movePointLeft(3).stripTrailingZeros().toPlainString();
  }
}
