package io.github.tcia4j.common.internal;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the columns of a record class: its components in declaration order, named by
 * {@code @JsonbProperty} (on the component's field or accessor) or else by the component name,
 * without the components marked {@code @JsonbTransient}. Results are cached per class.
 */
public final class RecordColumnReader {

  /**
   * One readable component of a record.
   *
   * @param name the column name (the wire name when {@code @JsonbProperty} is present)
   * @param componentName the Java name of the component
   * @param accessor the accessor method, made accessible
   */
  public record RecordColumn(String name, String componentName, Method accessor) {

    /**
     * Reads this component from a record instance.
     *
     * @param record the record instance, not {@code null}
     * @return the component value, possibly {@code null}
     */
    public Object read(Object record) {
      try {
        return accessor.invoke(record);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("Accessor " + accessor + " failed", cause);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot call " + accessor + ": " + e.getMessage(), e);
      }
    }
  }

  private static final ClassValue<List<RecordColumn>> CACHE = new ClassValue<>() {
    @Override
    protected List<RecordColumn> computeValue(Class<?> type) {
      return inspect(type);
    }
  };

  private RecordColumnReader() {}

  /**
   * Returns the columns of a record class.
   *
   * @param type the record class
   * @return the columns in component declaration order (transient components left out)
   * @throws IllegalArgumentException if {@code type} is not a record, if two components end up
   *     with the same column name, or if the accessors cannot be called
   */
  public static List<RecordColumn> columns(Class<?> type) {
    Objects.requireNonNull(type, "record type");
    return CACHE.get(type);
  }

  private static List<RecordColumn> inspect(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record class; build the"
          + " columns explicitly with TableSchema.builder() for other types");
    }
    RecordComponent[] components = type.getRecordComponents();
    List<RecordColumn> columns = new ArrayList<>(components.length);
    Set<String> names = new HashSet<>();
    for (RecordComponent component : components) {
      Method accessor = component.getAccessor();
      Field field = field(type, component.getName());
      if (isTransient(accessor) || isTransient(field)) {
        continue;
      }
      String name = wireName(accessor, field, component.getName());
      if (!names.add(name)) {
        throw new IllegalArgumentException("Record " + type.getName() + " has two components named '"
            + name + "' (after @JsonbProperty); give each component a distinct name");
      }
      if (!accessor.trySetAccessible()) {
        throw new IllegalArgumentException("Cannot read the components of record " + type.getName()
            + ": make the record public or open its package to io.github.tcia4j.common");
      }
      columns.add(new RecordColumn(name, component.getName(), accessor));
    }
    return List.copyOf(columns);
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static boolean isTransient(AnnotatedElement element) {
    return element != null && element.isAnnotationPresent(JsonbTransient.class);
  }

  private static String wireName(Method accessor, Field field, String componentName) {
    for (AnnotatedElement element : new AnnotatedElement[] {field, accessor}) {
      if (element == null) {
        continue;
      }
      JsonbProperty property = element.getAnnotation(JsonbProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    }
    return componentName;
  }
}
