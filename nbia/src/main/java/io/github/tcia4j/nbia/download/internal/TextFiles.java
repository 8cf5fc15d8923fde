package io.github.tcia4j.nbia.download.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the bytes of an input file (a manifest, a UID list) into text, strictly as UTF-8, so that
 * a file saved in another encoding is refused with its name and the place of the first bad byte
 * instead of a bare {@code MalformedInputException}.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * Decodes a file's content as UTF-8 and drops a leading byte order mark.
   *
   * @param bytes the file's content
   * @param file the file, for the message
   * @param what what the file is, for the message, e.g. {@code "Manifest"} or {@code "UID file"}
   * @return the text
   * @throws IllegalArgumentException naming the file, the byte offset and the line of the first
   *     byte that is not UTF-8
   */
  public static String utf8(byte[] bytes, Path file, String what) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new IllegalArgumentException(what + " " + file + " is not UTF-8 text (byte offset " + offset + ", line "
          + lineOf(bytes, offset) + "); save it as UTF-8 and try again");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
