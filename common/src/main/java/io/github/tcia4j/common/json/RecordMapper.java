package io.github.tcia4j.common.json;

import io.github.tcia4j.common.error.TciaDecodeException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns generic rows (ordered maps from JSON or CSV) into records, by wire name.
 *
 * <p>Each record component is read from the key named by its {@code @JsonbProperty} (else its own
 * name) or from any of its {@link WireAlias aliases}; values are converted to the component's type
 * by {@link ValueConverters}. Keys the record does not know go, in order, into the component
 * marked {@link ExtraFields} when there is one, so nothing the server sends is lost. Columns are
 * always matched by name, never by position.
 *
 * <p>Instances are immutable and thread-safe; {@link #of(Class)} caches one per record type.
 *
 * @param <T> the record type
 */
public final class RecordMapper<T extends Record> {
  private static final Map<Class<?>, RecordMapper<?>> CACHE = new ConcurrentHashMap<>();

  private final Class<T> type;
  private final ValueConverters converters;
  private final Slot[] slots;
  private final Map<String, Integer> slotByName;
  private final int extrasSlot;
  private final MethodHandle constructor;

  private RecordMapper(Class<T> type, ValueConverters converters) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    this.type = type;
    this.converters = Objects.requireNonNull(converters, "converters");
    RecordComponent[] components = type.getRecordComponents();
    this.slots = new Slot[components.length];
    Map<String, Integer> byName = new HashMap<>();
    int extras = -1;
    Class<?>[] paramTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      paramTypes[i] = c.getType();
      if (c.getType().isPrimitive()) {
        throw new IllegalArgumentException("Component " + c.getName() + " of " + type.getSimpleName()
            + " is a primitive " + c.getType() + "; use the boxed type so a missing column can be null");
      }
      if (annotation(c, ExtraFields.class) != null) {
        if (!Map.class.isAssignableFrom(c.getType())) {
          throw new IllegalArgumentException("@ExtraFields component " + c.getName() + " of " + type.getSimpleName()
              + " must be a Map<String, Object>");
        }
        if (extras >= 0) {
          throw new IllegalArgumentException(type.getSimpleName() + " has more than one @ExtraFields component");
        }
        extras = i;
        slots[i] = new Slot(c.getName(), c.getName(), c.getType(), c.getGenericType());
        continue;
      }
      JsonbProperty property = annotation(c, JsonbProperty.class);
      String wire = property != null && !property.value().isEmpty() ? property.value() : c.getName();
      slots[i] = new Slot(c.getName(), wire, c.getType(), c.getGenericType());
      register(byName, wire, i);
      WireAlias alias = annotation(c, WireAlias.class);
      if (alias != null) {
        for (String a : alias.value()) {
          register(byName, a, i);
        }
      }
    }
    this.slotByName = Map.copyOf(byName);
    this.extrasSlot = extras;
    try {
      var lookup = MethodHandles.publicLookup();
      var ctor = type.getDeclaredConstructor(paramTypes);
      this.constructor = lookup.unreflectConstructor(ctor);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Record " + type.getName() + " needs a public canonical constructor", e);
    }
  }

  /**
   * Returns the mapper for a record type with the default converters.
   *
   * @param type a public record class
   * @param <T> the record type
   * @return the shared mapper
   */
  @SuppressWarnings("unchecked")
  public static <T extends Record> RecordMapper<T> of(Class<T> type) {
    return (RecordMapper<T>) CACHE.computeIfAbsent(type, t -> new RecordMapper<>(type, ValueConverters.defaults()));
  }

  /**
   * Creates a mapper with custom converters (for example for a server's own date formats).
   *
   * @param type a public record class
   * @param converters the converters to use
   * @param <T> the record type
   * @return a new mapper
   */
  public static <T extends Record> RecordMapper<T> of(Class<T> type, ValueConverters converters) {
    return new RecordMapper<>(type, converters);
  }

  /**
   * Returns the record type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns every wire name this mapper recognises (canonical names and aliases).
   *
   * @return the names
   */
  public Set<String> knownNames() {
    return slotByName.keySet();
  }

  /**
   * Returns the canonical wire names in component order (the {@link ExtraFields} component is
   * left out).
   *
   * @return the column names
   */
  public List<String> canonicalNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      if (i != extrasSlot) {
        names.add(slots[i].wireName);
      }
    }
    return names;
  }

  /**
   * Maps one row.
   *
   * @param row column name to value; {@code null} values mean "absent"
   * @return the record
   * @throws TciaDecodeException when a value cannot be converted to its component's type
   */
  public T fromRow(Map<String, ?> row) {
    Object[] args = new Object[slots.length];
    Map<String, Object> extra = extrasSlot >= 0 ? new LinkedHashMap<>() : null;
    for (Map.Entry<String, ?> e : row.entrySet()) {
      String key = e.getKey();
      Integer index = key == null ? null : slotByName.get(key);
      if (index == null) {
        if (extra != null && key != null) {
          extra.put(key, e.getValue());
        }
        continue;
      }
      Object value = e.getValue();
      if (value == null || args[index] != null) {
        continue; // the first non-null spelling of a column wins
      }
      Slot slot = slots[index];
      try {
        args[index] = converters.convert(value, slot.rawType, slot.genericType);
      } catch (RuntimeException ex) {
        throw new TciaDecodeException("Column '" + key + "' has the value '" + abbreviate(value)
            + "', which cannot be read as " + describe(slot) + " (" + type.getSimpleName() + "." + slot.component
            + "): " + ex.getMessage(), ex);
      }
    }
    if (extra != null) {
      args[extrasSlot] = Collections.unmodifiableMap(extra);
    }
    try {
      @SuppressWarnings("unchecked")
      T result = (T) constructor.invokeWithArguments(args);
      return result;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("Constructing " + type.getSimpleName() + " failed", t);
    }
  }

  /**
   * Maps many rows, keeping their order.
   *
   * @param rows the rows
   * @return the records
   * @throws TciaDecodeException when a value cannot be converted
   */
  public List<T> fromRows(List<? extends Map<String, ?>> rows) {
    List<T> result = new ArrayList<>(rows.size());
    for (Map<String, ?> row : rows) {
      result.add(fromRow(row));
    }
    return Collections.unmodifiableList(result);
  }

  private void register(Map<String, Integer> byName, String name, int index) {
    Integer previous = byName.putIfAbsent(name, index);
    if (previous != null && previous != index) {
      throw new IllegalArgumentException("Wire name '" + name + "' is used by two components of " + type.getSimpleName());
    }
  }

  private static <A extends Annotation> A annotation(RecordComponent c, Class<A> annotationType) {
    A a = c.getAnnotation(annotationType);
    if (a == null && c.getAccessor() != null) {
      a = c.getAccessor().getAnnotation(annotationType);
    }
    if (a == null) {
      try {
        Field f = c.getDeclaringRecord().getDeclaredField(c.getName());
        a = f.getAnnotation(annotationType);
      } catch (NoSuchFieldException e) {
        // a record always has the field; nothing else to look at
      }
    }
    return a;
  }

  private static String describe(Slot slot) {
    if (slot.genericType instanceof ParameterizedType p) {
      return "a " + p.getTypeName().replace("java.lang.", "").replace("java.util.", "");
    }
    return "a " + slot.rawType.getSimpleName();
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  private record Slot(String component, String wireName, Class<?> rawType, Type genericType) {}

  /**
   * Returns the union of unknown keys over many extra-field maps, in first-seen order (useful to
   * add the extra columns to an export).
   *
   * @param extras the extra-field maps of several records
   * @return the distinct keys
   */
  public static List<String> unionOfKeys(Iterable<? extends Map<String, ?>> extras) {
    Set<String> keys = new LinkedHashSet<>();
    for (Map<String, ?> m : extras) {
      keys.addAll(m.keySet());
    }
    return List.copyOf(keys);
  }

  /**
   * Normalises a record's {@link ExtraFields} component for its compact constructor: an
   * unmodifiable copy that keeps the key order, or an empty map for {@code null}. Values may be
   * {@code null} (a key the server sent as JSON {@code null}).
   *
   * @param extra the extra fields as given to the constructor, may be {@code null}
   * @return an unmodifiable map, never {@code null}
   */
  public static Map<String, Object> copyOfExtras(Map<String, Object> extra) {
    return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
