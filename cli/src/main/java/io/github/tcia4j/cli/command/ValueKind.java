package io.github.tcia4j.cli.command;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code tcia values --of} and {@code tcia counts --of} list: one of the NBIA value kinds. */
enum ValueKind {
  /** Collection names. */
  COLLECTION,
  /** Modalities. */
  MODALITY,
  /** Body parts examined. */
  BODY_PART,
  /** Equipment manufacturers. */
  MANUFACTURER;

  /** Parses {@code collection|modality|body-part|manufacturer} in any case. */
  static final class Converter implements ITypeConverter<ValueKind> {
    @Override
    public ValueKind convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      try {
        return ValueKind.valueOf(v);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a value kind; use collection, modality, body-part"
            + " or manufacturer");
      }
    }
  }
}
