package io.github.tcia4j.testkit.internal.table;

import io.github.tcia4j.testkit.internal.json.JsonValue;
import io.github.tcia4j.testkit.internal.json.JsonWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A cell holding an SQL timestamp, rendered like {@code java.sql.Timestamp.toString()}:
 * {@code 2003-12-12 00:00:00.0}. This is how NBIA's v1/v2 endpoints print dates.
 *
 * @param value the date and time
 */
public record SqlTimestamp(LocalDateTime value) implements JsonValue {

  /**
   * Checks the value.
   *
   * @param value the date and time
   */
  public SqlTimestamp {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A timestamp at midnight of the given day.
   *
   * @param date the day
   * @return the timestamp
   */
  public static SqlTimestamp of(LocalDate date) {
    return new SqlTimestamp(date.atStartOfDay());
  }

  /**
   * The text {@code java.sql.Timestamp.toString()} gives: {@code yyyy-mm-dd hh:mm:ss.fffffffff}
   * with the fraction's trailing zeros removed (one digit at least).
   *
   * @return the text
   */
  @Override
  public String toString() {
    LocalDateTime t = value;
    String nanos = String.format("%09d", t.getNano());
    int end = nanos.length();
    while (end > 1 && nanos.charAt(end - 1) == '0') {
      end--;
    }
    return String.format("%04d-%02d-%02d %02d:%02d:%02d.%s", t.getYear(), t.getMonthValue(),
        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), nanos.substring(0, end));
  }

  @Override
  public String toJson() {
    StringBuilder sb = new StringBuilder();
    JsonWriter.quote(sb, toString());
    return sb.toString();
  }
}
