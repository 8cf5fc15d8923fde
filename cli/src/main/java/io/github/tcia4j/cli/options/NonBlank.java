package io.github.tcia4j.cli.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converter of filter options ({@code --collection}, {@code --patient}, ...): an empty or blank
 * value is a usage error naming the option, never a filter that silently means "everything".
 */
public final class NonBlank implements ITypeConverter<String> {
  /** Creates the converter (picocli instantiates it). */
  public NonBlank() {}

  @Override
  public String convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("the value is empty; give a value or leave the option out");
    }
    return value.strip();
  }
}
