package io.github.tcia4j.nbia.download.internal;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes Series Instance UIDs out of the objects a caller passes to a download: records of the
 * {@code nbia.model} package (or any record with a {@code seriesInstanceUid} component or a
 * component named {@code SeriesInstanceUID} on the wire) and maps with a {@code SeriesInstanceUID}
 * key (rows of {@code Tables} or JSON).
 */
public final class SeriesInputs {
  /** The column and key name of the Series Instance UID. */
  public static final String COLUMN = "SeriesInstanceUID";
  private static final List<String> ALIASES = List.of(COLUMN, "Series Instance UID", "Series UID", "SeriesUID",
      "seriesInstanceUid");

  private SeriesInputs() {}

  /**
   * Returns the UIDs of a collection of records or maps, in order.
   *
   * @param items the records or maps
   * @return the UIDs (trimmed, checked)
   * @throws IllegalArgumentException naming the element (index and type) that has no UID or is
   *     neither a record nor a map
   */
  public static List<String> uidsOf(Collection<?> items) {
    Objects.requireNonNull(items, "series");
    List<String> uids = new ArrayList<>(items.size());
    int index = 0;
    for (Object item : items) {
      uids.add(uidOf(item, index++));
    }
    return uids;
  }

  private static String uidOf(Object item, int index) {
    String where = "series element " + index;
    if (item == null) {
      throw new IllegalArgumentException(where + " is null; pass records or maps that have a " + COLUMN);
    }
    if (item instanceof Map<?, ?> map) {
      for (String key : ALIASES) {
        Object value = map.get(key);
        if (value != null) {
          return PathNames.requireUid(value.toString(), where + " " + COLUMN);
        }
      }
      throw new IllegalArgumentException(where + " is a map without a '" + COLUMN + "' key (its keys: "
          + abbreviate(map.keySet()) + "); pass rows that have a " + COLUMN + " column");
    }
    if (item instanceof Record record) {
      RecordComponent component = uidComponent(record.getClass());
      if (component == null) {
        throw new IllegalArgumentException(where + " is a " + record.getClass().getSimpleName() + ", a record"
            + " without a seriesInstanceUid component; pass Series, SeriesMetadata or CartSeries records,"
            + " maps, or plain UIDs with seriesUids(...)");
      }
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException(where + ": cannot read " + component.getName() + " of "
            + record.getClass().getSimpleName() + " (" + e + "); make the record public", e);
      }
      if (value == null) {
        throw new IllegalArgumentException(where + " (" + record.getClass().getSimpleName() + ") has no "
            + COLUMN + " (the value is null)");
      }
      return PathNames.requireUid(value.toString(), where + " " + COLUMN);
    }
    String hint = item instanceof CharSequence ? "; pass plain UIDs with seriesUids(...)" : "";
    throw new IllegalArgumentException(where + " is a " + item.getClass().getName() + ", which is neither a"
        + " record nor a map with a " + COLUMN + hint);
  }

  private static RecordComponent uidComponent(Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      JsonbProperty wire = c.getAnnotation(JsonbProperty.class);
      if (c.getName().equalsIgnoreCase("seriesInstanceUid") || (wire != null && wire.value().equals(COLUMN))) {
        c.getAccessor().setAccessible(true);
        return c;
      }
    }
    return null;
  }

  private static String abbreviate(Collection<?> keys) {
    String s = keys.toString();
    return s.length() > 200 ? s.substring(0, 200) + "...]" : s;
  }
}
