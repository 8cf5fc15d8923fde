package io.github.tcia4j.nbia.download.internal;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes Series Instance UIDs out of the objects a caller passes to a download ("any object with a
 * SeriesInstanceUID"):
 * <ul>
 *   <li>maps with a {@code SeriesInstanceUID} key (rows of {@code Tables} or JSON);
 *   <li>records with a component named {@code seriesInstanceUid} (any case), or a component
 *       annotated {@code @JsonbProperty("SeriesInstanceUID")} (the annotation is read from the
 *       component's accessor or field, where Java places it), such as the {@code nbia.model}
 *       records;
 *   <li>any other object with a public getter {@code getSeriesInstanceUID()} or
 *       {@code getSeriesInstanceUid()} (JavaBeans), or a public no-argument method annotated
 *       {@code @JsonbProperty("SeriesInstanceUID")}.
 * </ul>
 * How a class yields its UID is worked out once per class.
 */
public final class SeriesInputs {
  /** The column and key name of the Series Instance UID. */
  public static final String COLUMN = "SeriesInstanceUID";
  private static final List<String> ALIASES = List.of(COLUMN, "Series Instance UID", "Series UID", "SeriesUID",
      "seriesInstanceUid");
  private static final List<String> GETTERS = List.of("getSeriesInstanceUID", "getSeriesInstanceUid");
  private static final ClassValue<Optional<Method>> READERS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      return Optional.ofNullable(type.isRecord() ? recordReader(type) : beanReader(type));
    }
  };

  private SeriesInputs() {}

  /**
   * Returns the UIDs of a collection of records, beans or maps, in order.
   *
   * @param items the records, beans or maps
   * @return the UIDs (trimmed, checked)
   * @throws IllegalArgumentException naming the element (index and type) that has no UID
   */
  public static List<String> uidsOf(Collection<?> items) {
    Objects.requireNonNull(items, "series must not be null; pass a list of query results");
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
      throw new IllegalArgumentException(where + " is null; pass records, beans or maps that have a " + COLUMN);
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
    if (item instanceof CharSequence) {
      throw new IllegalArgumentException(where + " is a " + item.getClass().getName() + ", not an object with a "
          + COLUMN + "; pass plain UIDs with seriesUids(...)");
    }
    Class<?> type = item.getClass();
    Method reader = READERS.get(type).orElseThrow(() -> new IllegalArgumentException(where + " is a "
        + type.getName() + (type.isRecord() ? ", a record without a seriesInstanceUid component"
            : ", which has no getSeriesInstanceUID() or getSeriesInstanceUid() getter")
        + " (nor a member annotated @JsonbProperty(\"" + COLUMN + "\")); pass Series, SeriesMetadata or"
        + " CartSeries records, objects with such a getter, maps with a " + COLUMN + " key, or plain UIDs with"
        + " seriesUids(...)"));
    Object value;
    try {
      value = reader.invoke(item);
    } catch (IllegalAccessException | InvocationTargetException e) {
      Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
      throw new IllegalArgumentException(where + ": cannot read " + reader.getName() + "() of " + type.getName()
          + " (" + cause + "); make the class and the method public", cause);
    }
    if (value == null) {
      throw new IllegalArgumentException(where + " (" + type.getName() + ") has no " + COLUMN + ": "
          + reader.getName() + "() returned null");
    }
    return PathNames.requireUid(value.toString(), where + " " + COLUMN);
  }

  private static Method recordReader(Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equalsIgnoreCase("seriesInstanceUid") || wireName(c.getAccessor())
          || wireName(field(type, c.getName()))) {
        return accessible(c.getAccessor());
      }
    }
    return null;
  }

  private static Method beanReader(Class<?> type) {
    for (String name : GETTERS) {
      try {
        Method m = type.getMethod(name);
        if (m.getReturnType() != void.class) {
          return accessible(m);
        }
      } catch (NoSuchMethodException e) {
        // try the next spelling
      }
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
          && wireName(m)) {
        return accessible(m);
      }
    }
    return null;
  }

  private static boolean wireName(java.lang.reflect.AnnotatedElement element) {
    if (element == null) {
      return false;
    }
    JsonbProperty wire = element.getAnnotation(JsonbProperty.class);
    return wire != null && wire.value().equals(COLUMN);
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** Lets a public method of a non-public class (a local record, a nested bean) be called. */
  private static Method accessible(Method m) {
    try {
      m.setAccessible(true);
    } catch (RuntimeException e) {
      // an inaccessible module: invoke reports it with the class name
    }
    return m;
  }

  private static String abbreviate(Collection<?> keys) {
    String s = keys.toString();
    return s.length() > 200 ? s.substring(0, 200) + "...]" : s;
  }
}
