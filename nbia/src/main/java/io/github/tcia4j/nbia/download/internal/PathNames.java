package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.internal.Args;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for names that become one component of a local path: zip entry names, UIDs and values
 * filled into layout templates. Shared by the zip checks (which reject a bad name) and the layout
 * (which cleans a value up).
 */
public final class PathNames {
  /** The longest path component written, in characters. */
  public static final int MAX_COMPONENT_LENGTH = 120;

  private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
  private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

  private PathNames() {}

  /**
   * Tells whether a name is a reserved device name on Windows ({@code CON}, {@code NUL},
   * {@code COM1}, ...), with or without an extension.
   *
   * @param name a path component
   * @return {@code true} when Windows would not create a file of that name
   */
  public static boolean isWindowsReserved(String name) {
    int dot = name.indexOf('.');
    String base = (dot < 0 ? name : name.substring(0, dot)).trim().toUpperCase(Locale.ROOT);
    return WINDOWS_RESERVED.contains(base);
  }

  /**
   * Tells whether a character may not appear in a path component: control characters and the
   * characters Windows forbids ({@code / \ : * ? " < > |}).
   *
   * @param c the character
   * @return {@code true} when it must not be written
   */
  public static boolean isForbidden(char c) {
    return c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0;
  }

  /**
   * Tells whether a text has the shape of a DICOM UID (digits separated by single dots) and is
   * short enough to be a path component. Such a UID is safe as a file or folder name as it is.
   * This is the lenient check for UIDs the server sends (SOP lists, DICOM headers); UIDs a caller
   * passes in go through {@link #requireUid(String, String)}, which applies the DICOM rule.
   *
   * @param text the candidate
   * @return {@code true} for a UID
   */
  public static boolean isUid(String text) {
    return text != null && text.length() <= MAX_COMPONENT_LENGTH && UID.matcher(text).matches();
  }

  /**
   * Tells what is wrong with a DICOM UID, by the rule the queries apply
   * ({@code io.github.tcia4j.nbia.internal.Args#uid}): digits in dot-separated components, at
   * most 64 characters (DICOM PS3.5
   * section 9.1).
   *
   * @param uid the candidate, already trimmed
   * @return the reason it is not a UID (e.g. {@code "it has 70 characters, a DICOM UID has at most
   *     64"}), or empty for a valid UID
   */
  public static Optional<String> uidProblem(String uid) {
    if (uid == null) {
      return Optional.of("it is null");
    }
    if (uid.isEmpty()) {
      return Optional.of("it is blank");
    }
    if (!UID.matcher(uid).matches()) {
      return Optional.of("a DICOM UID is digits separated by single dots (e.g. 1.3.6.1.4.1.14519.5.2.1.7695.1700.1234),"
          + " without letters, spaces or other characters");
    }
    if (uid.length() > Args.MAX_UID_LENGTH) {
      return Optional.of("it has " + uid.length() + " characters, a DICOM UID has at most " + Args.MAX_UID_LENGTH);
    }
    return Optional.empty();
  }

  /**
   * Checks that a text is a DICOM UID ({@link #uidProblem(String)}) and returns it trimmed. Every
   * Series Instance UID that enters a download passes here, so that a UID the queries would refuse
   * is refused when the request is built, not in the middle of the run.
   *
   * @param text the candidate
   * @param what what and where the UID is, for the message, e.g. {@code "seriesUids element 3"}
   * @return the trimmed UID
   * @throws IllegalArgumentException naming {@code what}, the value and the reason when it is not
   *     a UID
   */
  public static String requireUid(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " must not be null; give a DICOM UID such as"
          + " 1.3.6.1.4.1.14519.5.2.1.7695.1700.1234");
    }
    String trimmed = text.strip();
    Optional<String> problem = uidProblem(trimmed);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(what + " '" + shorten(trimmed) + "' is not a DICOM UID: "
          + problem.get());
    }
    return trimmed;
  }

  /**
   * Tells whether a name starts with a Windows drive letter ({@code C:...}).
   *
   * @param name the name
   * @return {@code true} when it does
   */
  public static boolean hasDriveLetter(String name) {
    return DRIVE.matcher(name).matches();
  }

  /**
   * Shortens a text for an error message and makes control characters visible.
   *
   * @param text the text
   * @return at most 80 characters, control characters as {@code \\uXXXX}
   */
  public static String shorten(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < 80; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return text.length() > 80 ? sb + "..." : sb.toString();
  }
}
