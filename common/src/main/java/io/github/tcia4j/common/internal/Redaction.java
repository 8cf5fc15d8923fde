package io.github.tcia4j.common.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may be logged or shown: URLs (user-info and secret query
 * parameters) and response snippets (token fields of JSON or form text).
 */
public final class Redaction {
  /** What replaces a secret. */
  public static final String MASK = "***";

  private static final Set<String> SECRET_NAMES = Set.of(
      "password", "passwd", "pwd", "pw", "token", "access_token", "refresh_token", "id_token",
      "client_secret", "secret", "api_key", "apikey", "key", "code", "authorization");

  private static final Pattern JSON_SECRET = Pattern.compile(
      "(\"(?:access_token|refresh_token|id_token|password|passWord|client_secret|token)\"\\s*:\\s*\")([^\"]*)(\")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FORM_SECRET = Pattern.compile(
      "((?:^|[?&\\s])(?:access_token|refresh_token|id_token|password|passWord|client_secret|token)=)([^&\\s]*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BEARER = Pattern.compile("(Bearer\\s+)([A-Za-z0-9._~+/=-]+)", Pattern.CASE_INSENSITIVE);

  private Redaction() {}

  /**
   * Returns the URI as text with user-info and the values of secret query parameters masked.
   *
   * @param uri the URI, may be {@code null}
   * @return the redacted text ({@code "null"} for {@code null})
   */
  public static String uri(URI uri) {
    if (uri == null) {
      return "null";
    }
    String text = uri.toString();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      text = text.replace(userInfo + "@", MASK + "@");
    }
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      text = text.replace("?" + query, "?" + redactQuery(query));
    }
    return text;
  }

  /**
   * Masks the values of secret parameters in a raw query or form string.
   *
   * @param query the raw {@code a=b&c=d} text
   * @return the text with secret values masked
   */
  public static String redactQuery(String query) {
    StringBuilder out = new StringBuilder();
    for (String pair : query.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        out.append(name).append('=').append(MASK);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }

  /**
   * Masks token and password values in free text (JSON fields, form fields, bearer headers).
   *
   * @param text the text, may be {@code null}
   * @return the redacted text (empty for {@code null})
   */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    String result = replace(JSON_SECRET, text, true);
    result = replace(FORM_SECRET, result, false);
    result = replace(BEARER, result, false);
    return result;
  }

  /**
   * Turns a response body into a short, single-line, redacted snippet for an exception message.
   *
   * @param body the body text
   * @param maxLength the longest snippet to return; longer text ends with an ellipsis
   * @return the snippet
   */
  public static String snippet(String body, int maxLength) {
    String oneLine = text(body).replaceAll("\\s+", " ").trim();
    if (oneLine.length() <= maxLength) {
      return oneLine;
    }
    return oneLine.substring(0, maxLength) + "...";
  }

  private static String replace(Pattern pattern, String text, boolean hasSuffix) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) + MASK + (hasSuffix ? m.group(3) : "");
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
