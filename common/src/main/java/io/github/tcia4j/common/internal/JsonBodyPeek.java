package io.github.tcia4j.common.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Looks at the start of a JSON body before it is parsed: finds the first significant character
 * (after a byte order mark and whitespace) and keeps the first characters for error messages,
 * without reading the whole body into memory.
 *
 * @param body the full body to hand to the parser: the bytes already read followed by the rest;
 *     closing it does not close the caller's stream
 * @param first the first character that is not whitespace, or {@code -1} for an empty or blank
 *     body
 * @param start the first characters of the body as text, for error messages
 */
public record JsonBodyPeek(InputStream body, int first, String start) {
  /** How many bytes are kept for error messages. */
  private static final int KEEP = 1024;

  /**
   * Validates the fields.
   *
   * @param body the body stream
   * @param first the first significant character or {@code -1}
   * @param start the body start
   */
  public JsonBodyPeek {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(start, "start");
  }

  /**
   * Peeks at a stream.
   *
   * @param in the stream; it is not closed
   * @return what was found
   * @throws IOException if reading fails
   */
  public static JsonBodyPeek of(InputStream in) throws IOException {
    Objects.requireNonNull(in, "input stream");
    byte[] buffer = new byte[KEEP];
    int length = 0;
    int first = -1;
    int scanned = 0;
    boolean eof = false;
    while (!eof && (first < 0 || length < KEEP)) {
      if (length == buffer.length) {
        if (first >= 0) {
          break;
        }
        // still only whitespace: drop what was scanned and keep looking
        length = 0;
        scanned = 0;
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        eof = true;
        break;
      }
      length += n;
      while (first < 0 && scanned < length) {
        int b = buffer[scanned] & 0xFF;
        if (!isSkippable(buffer, scanned, b)) {
          first = b;
        }
        scanned++;
      }
    }
    int offset = hasBom(buffer, length) ? 3 : 0;
    byte[] kept = Arrays.copyOfRange(buffer, offset, length);
    String start = new String(kept, StandardCharsets.UTF_8);
    InputStream rest = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns the stream
      }
    };
    InputStream body = new SequenceInputStream(new ByteArrayInputStream(kept), rest);
    return new JsonBodyPeek(body, first, start);
  }

  /**
   * Returns the first significant character of a text body.
   *
   * @param text the body
   * @return the first character that is not whitespace or a byte order mark, or {@code -1}
   */
  public static int firstSignificant(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFEFF' && !isJsonWhitespace(c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Removes a leading byte order mark.
   *
   * @param text the body
   * @return the body without a leading {@code U+FEFF}
   */
  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Describes what a body holds, judging by its first significant character, for messages such
   * as "expected a JSON array but found a JSON object".
   *
   * @param first the first significant character, or {@code -1}
   * @return a short description such as {@code "a JSON object"} or {@code "an empty body"}
   */
  public static String describe(int first) {
    return switch (first) {
      case -1 -> "an empty body";
      case '{' -> "a JSON object";
      case '[' -> "a JSON array";
      case '"' -> "a JSON string";
      case 't', 'f' -> "a JSON boolean";
      case 'n' -> "JSON null";
      case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a JSON number";
      case '<' -> "HTML or XML, not JSON";
      default -> "text that is not JSON";
    };
  }

  /**
   * Tells whether a character can start a JSON value.
   *
   * @param first the first significant character, or {@code -1}
   * @return {@code true} for the start of an object, array, string, number or literal
   */
  public static boolean isJsonStart(int first) {
    return switch (first) {
      case '{', '[', '"', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ->
          true;
      default -> false;
    };
  }

  private static boolean isSkippable(byte[] buffer, int index, int b) {
    if (isJsonWhitespace((char) b)) {
      return true;
    }
    // UTF-8 byte order mark EF BB BF at the very start
    return index < 3 && hasBomPrefix(buffer, index, b);
  }

  private static boolean hasBomPrefix(byte[] buffer, int index, int b) {
    int[] bom = {0xEF, 0xBB, 0xBF};
    for (int i = 0; i < index; i++) {
      if ((buffer[i] & 0xFF) != bom[i]) {
        return false;
      }
    }
    return b == bom[index];
  }

  private static boolean hasBom(byte[] buffer, int length) {
    return length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF;
  }

  private static boolean isJsonWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
