package io.github.tcia4j.common.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An ordered list of name/value parameters, for query strings and HTML form bodies. Names may
 * repeat (NBIA reads {@code list=a&list=b}); order is kept, which keeps requests reproducible.
 * Instances are immutable; every {@code with} method returns a new instance.
 */
public final class Params {
  private static final Params EMPTY = new Params(List.of());

  private final List<Map.Entry<String, String>> entries;

  private Params(List<Map.Entry<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns the empty parameter list.
   *
   * @return no parameters
   */
  public static Params of() {
    return EMPTY;
  }

  /**
   * Returns one parameter.
   *
   * @param name the parameter name, exactly as the server spells it
   * @param value the value, not {@code null}
   * @return the parameter list
   */
  public static Params of(String name, String value) {
    return EMPTY.with(name, value);
  }

  /**
   * Appends a parameter.
   *
   * @param name the parameter name, exactly as the server spells it (case matters to NBIA)
   * @param value the value, not {@code null}
   * @return a new list with the parameter appended
   */
  public Params with(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, () -> "value of parameter " + name);
    List<Map.Entry<String, String>> copy = new ArrayList<>(entries);
    copy.add(Map.entry(name, value));
    return new Params(copy);
  }

  /**
   * Appends a parameter only when the value is neither {@code null} nor blank, as the Python
   * clients do for optional filters.
   *
   * @param name the parameter name
   * @param value the value, may be {@code null} or blank
   * @return a new list, or this list when the value was skipped
   */
  public Params withOptional(String name, String value) {
    return value == null || value.isBlank() ? this : with(name, value);
  }

  /**
   * Appends one parameter per value, all with the same name.
   *
   * @param name the parameter name
   * @param values the values, none {@code null}
   * @return a new list with the parameters appended
   */
  public Params withEach(String name, Collection<String> values) {
    Params result = this;
    for (String value : values) {
      result = result.with(name, value);
    }
    return result;
  }

  /**
   * Returns the parameters in order.
   *
   * @return an unmodifiable list of name/value entries
   */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /**
   * Tells whether there is no parameter.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Encodes the parameters as {@code application/x-www-form-urlencoded} text, with spaces as
   * {@code %20} so that the text is valid both in a query string and in a form body.
   *
   * @return the encoded text, e.g. {@code Collection=NSCLC%20Radiogenomics&Modality=CT}
   */
  public String encode() {
    return entries.stream()
        .map(e -> encodeComponent(e.getKey()) + "=" + encodeComponent(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /**
   * Returns the URI with these parameters appended to its query string.
   *
   * @param uri a URI, with or without a query
   * @return the URI with the parameters added; the same URI when there are none
   */
  public URI appendTo(URI uri) {
    if (entries.isEmpty()) {
      return uri;
    }
    String text = uri.toString();
    String separator = uri.getRawQuery() == null ? "?" : "&";
    return URI.create(text + separator + encode());
  }

  /**
   * Percent-encodes one query or form component (UTF-8), with {@code %20} for spaces.
   *
   * @param value the raw value
   * @return the encoded value
   */
  public static String encodeComponent(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Params p && p.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns the names only; values may be secrets (form bodies of token requests). */
  @Override
  public String toString() {
    return "Params" + entries.stream().map(Map.Entry::getKey).collect(Collectors.toList());
  }
}
