package io.github.tcia4j.nbia.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and normalises the arguments of the NBIA queries: optional filters (blank means "not
 * set"), required arguments and DICOM UIDs. Every failure is an {@link IllegalArgumentException}
 * naming the argument, what was wrong and what to pass instead.
 */
public final class Args {
  /** The longest UID DICOM allows (PS3.5 section 9.1). */
  public static final int MAX_UID_LENGTH = 64;

  private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private Args() {}

  /**
   * Reads an optional filter: {@code null}, empty and blank strings mean "not set"; other values
   * are trimmed.
   *
   * @param value the caller's value
   * @return the trimmed value, or empty when not set
   */
  public static Optional<String> optional(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }

  /**
   * Reads an optional filter given as an {@code Optional} (as record components hold them).
   *
   * @param value the value; {@code null} means "not set"
   * @return the trimmed value, or empty when not set or blank
   */
  public static Optional<String> optional(Optional<String> value) {
    return value == null ? Optional.empty() : value.flatMap(Args::optional);
  }

  /**
   * Reads the value given to a query factory that names one thing, such as
   * {@code SeriesQuery.seriesUid(uid)}: {@code null} means "not set", as everywhere in the query
   * classes, but an empty or blank string is refused, because it is almost always a mistake (an
   * empty line of a file, an unfilled field) and would silently widen the query to everything.
   *
   * @param value the caller's value, may be {@code null}
   * @param factory the factory, for the message, e.g. {@code SeriesQuery.seriesUid}
   * @param what what the factory needs, for the message, e.g. {@code a Series Instance UID}
   * @param all the factory for "no filter", for the message, e.g. {@code SeriesQuery.all()}
   * @return the value, unchanged (the query's constructor trims and checks it)
   * @throws IllegalArgumentException when the value is empty or blank
   */
  public static String factoryValue(String value, String factory, String what, String all) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(factory + " was given " + (value.isEmpty() ? "an empty" : "a blank")
          + " value; pass " + what + ", or use " + all + " to query without this filter (a blank value would"
          + " ask for everything)");
    }
    return value;
  }

  /**
   * Reads a required argument.
   *
   * @param value the caller's value
   * @param method the method being called, for the message, e.g. {@code getPatientByCollectionAndModality}
   * @param argument the argument name, for the message
   * @return the trimmed value
   * @throws IllegalArgumentException when the value is {@code null}, empty or blank
   */
  public static String required(String value, String method, String argument) {
    return optional(value).orElseThrow(() -> new IllegalArgumentException(
        method + " needs " + argument + ", but it was " + (value == null ? "null" : "blank")
            + "; pass a non-blank " + argument));
  }

  /**
   * Checks a DICOM UID (Series, Study or SOP Instance UID): digits in dot-separated components,
   * at most 64 characters. Surrounding white space is removed first.
   *
   * @param value the caller's value
   * @param argument the argument name, for the message
   * @return the trimmed UID
   * @throws IllegalArgumentException when the UID is blank, too long or contains anything but
   *     digits and single dots
   */
  public static String uid(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + " must be a DICOM UID such as 1.3.6.1.4.1.14519.5.2.1.1, but it was "
          + (value == null ? "null" : "blank"));
    }
    String uid = value.strip();
    if (uid.length() > MAX_UID_LENGTH) {
      throw new IllegalArgumentException(argument + " '" + uid + "' is not a valid DICOM UID: it has " + uid.length()
          + " characters, a UID has at most " + MAX_UID_LENGTH);
    }
    if (!UID.matcher(uid).matches()) {
      throw new IllegalArgumentException(argument + " '" + uid + "' is not a valid DICOM UID: a UID is made of digits"
          + " separated by single dots (e.g. 1.3.6.1.4.1.14519.5.2.1.1), without letters, spaces or other characters");
    }
    return uid;
  }

  /**
   * Checks an optional DICOM UID: blank means "not set", anything else must be a valid UID.
   *
   * @param value the caller's value, may be {@code null}
   * @param argument the argument name, for the message
   * @return the trimmed UID, or empty when not set
   * @throws IllegalArgumentException when a value is given and is not a valid UID
   */
  public static Optional<String> optionalUid(Optional<String> value, String argument) {
    return optional(value).map(v -> uid(v, argument));
  }
}
