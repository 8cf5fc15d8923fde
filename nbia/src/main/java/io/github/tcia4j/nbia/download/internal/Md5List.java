package io.github.tcia4j.nbia.download.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code md5hashes.csv} entry of an NBIA series zip: header {@code Filename,MD5Hash}, then one
 * {@code <entry name>,<md5 hex>} line per DICOM file ({@code nbia-api.md} section 4.4). Reading
 * accepts quotes and CRLF line ends; hashes are kept in lower case.
 *
 * @param hashes entry name to lower-case MD5 hex, in file order; unmodifiable
 */
public record Md5List(Map<String, String> hashes) {
  /** The entry name of the list in a series zip. */
  public static final String ENTRY_NAME = "md5hashes.csv";

  private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

  /**
   * Copies the map.
   *
   * @param hashes entry name to MD5 hex
   */
  public Md5List {
    hashes = Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
  }

  /**
   * Parses the bytes of {@code md5hashes.csv}.
   *
   * @param bytes the entry's content (UTF-8)
   * @return the list
   * @throws VerificationException when a line is not {@code name,md5}, or a name appears twice
   */
  public static Md5List parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Map<String, String> hashes = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      if (comma < 0) {
        throw new VerificationException(ENTRY_NAME + " line " + (i + 1) + " is not 'Filename,MD5Hash': '"
            + PathNames.shorten(line) + "'");
      }
      String name = unquote(line.substring(0, comma));
      String hash = unquote(line.substring(comma + 1));
      if (i == 0 && name.equalsIgnoreCase("Filename")) {
        continue;
      }
      if (!HEX32.matcher(hash).matches()) {
        throw new VerificationException(ENTRY_NAME + " line " + (i + 1) + " has no 32-digit MD5 hex for '"
            + PathNames.shorten(name) + "': '" + PathNames.shorten(hash) + "'");
      }
      if (hashes.put(name, hash.toLowerCase(Locale.ROOT)) != null) {
        throw new VerificationException(ENTRY_NAME + " lists '" + PathNames.shorten(name) + "' twice");
      }
    }
    return new Md5List(hashes);
  }

  /**
   * Returns the expected MD5 of an entry.
   *
   * @param name the entry name
   * @return the lower-case hex, or empty when the list does not name the entry
   */
  public Optional<String> md5(String name) {
    return Optional.ofNullable(hashes.get(name));
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
    }
    return v;
  }
}
