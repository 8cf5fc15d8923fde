package io.github.tcia4j.testkit.internal.json;

/** A value that knows its own JSON text (used for special cells such as SQL timestamps). */
public interface JsonValue {

  /**
   * The JSON text of this value.
   *
   * @return compact JSON text
   */
  String toJson();
}
