package io.github.tcia4j.common.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * The type {@code List<E>} for a given element type, which JSON-B needs to read an array into
 * a list of records.
 *
 * @param element the element type
 */
public record JsonbListType(Type element) implements ParameterizedType {

  /**
   * Validates the element type.
   *
   * @param element the element type
   */
  public JsonbListType {
    Objects.requireNonNull(element, "element type");
  }

  @Override
  public Type[] getActualTypeArguments() {
    return new Type[] {element};
  }

  @Override
  public Type getRawType() {
    return List.class;
  }

  @Override
  public Type getOwnerType() {
    return null;
  }

  @Override
  public String getTypeName() {
    return "java.util.List<" + element.getTypeName() + ">";
  }
}
