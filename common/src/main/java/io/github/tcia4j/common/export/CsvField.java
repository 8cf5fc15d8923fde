package io.github.tcia4j.common.export;

/**
 * Writes one CSV field with minimal RFC 4180 quoting: a field is quoted only when it contains a
 * comma, a double quote, CR or LF, or starts or ends with a space or tab; inner quotes are
 * doubled.
 */
final class CsvField {
  private CsvField() {}

  /**
   * Appends a field, quoted if needed.
   *
   * @param text the field text
   * @param out where to append
   */
  static void append(String text, StringBuilder out) {
    if (!needsQuotes(text)) {
      out.append(text);
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /**
   * Tells whether a field must be quoted.
   *
   * @param text the field text
   * @return {@code true} if it holds a delimiter, quote or line break, or has outer spaces
   */
  static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
