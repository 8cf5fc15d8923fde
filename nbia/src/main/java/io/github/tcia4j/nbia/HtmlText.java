package io.github.tcia4j.nbia;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML into plain ASCII text the way {@code tcia_utils.utils.remove_html_tags} does
 * (BeautifulSoup {@code get_text()}, {@code strip()}, then {@code unidecode}); used by
 * {@link NbiaClient#getCollectionDescriptions(boolean)}.
 *
 * <pre>{@code
 * HtmlText.toPlainText("<p>Caf&eacute; <b>na\u00efve</b> &ndash; x</p>\n ")   // "Cafe naive - x"
 * }</pre>
 *
 * <p>Steps, in order:
 * <ol>
 *   <li>comments, {@code <!DOCTYPE>}/processing instructions and the content of {@code script} and
 *       {@code style} elements are removed; then every tag is removed without adding spaces (as
 *       {@code get_text()} does, so {@code <p>a</p><p>b</p>} gives {@code ab}); a {@code <} that does
 *       not start a tag ({@code 5 < 6}) is kept;
 *   <li>character references are decoded: every HTML 4 named entity ({@code &eacute;},
 *       {@code &ndash;}, {@code &nbsp;}, ...), and decimal and hexadecimal ones ({@code &#233;},
 *       {@code &#xE9;}); an unknown name is left as written;
 *   <li>the text is transliterated to ASCII: typographic punctuation is mapped ({@code – —} to
 *       {@code -}, {@code ‘ ’} to {@code '}, {@code “ ”} to {@code "}, {@code …} to {@code ...},
 *       no-break and other Unicode spaces to a space), letters that Unicode decomposes lose their
 *       accents ({@code java.text.Normalizer} NFKD: {@code é} to {@code e}, {@code ﬁ} to {@code fi}),
 *       a table covers the usual letters and signs that do not decompose ({@code ß} to {@code ss},
 *       {@code æ} to {@code ae}, {@code ø} to {@code o}, Greek letters, {@code ©} to {@code (c)}, ...),
 *       and any other non-ASCII character is dropped (where {@code unidecode} may still find a
 *       spelling, e.g. for Chinese);
 *   <li>white space at both ends is removed.
 * </ol>
 *
 * <p>Unlike Python, which raises {@code TypeError} for {@code None}, the client keeps a {@code null}
 * description as {@code null}; this method itself requires text.
 */
public final class HtmlText {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern RAW_TEXT_ELEMENT =
      Pattern.compile("<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern DECLARATION = Pattern.compile("<[!?][^>]*>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private static final Map<String, Integer> ENTITIES = entities();
  private static final Map<Integer, String> ASCII = asciiTable();

  private HtmlText() {}

  /**
   * Removes tags, decodes character references, transliterates to ASCII and trims.
   *
   * @param html the HTML text (a fragment or a document)
   * @return the plain ASCII text, possibly empty
   * @throws NullPointerException when {@code html} is {@code null}
   */
  public static String toPlainText(String html) {
    Objects.requireNonNull(html, "html");
    String text = COMMENT.matcher(html).replaceAll("");
    text = RAW_TEXT_ELEMENT.matcher(text).replaceAll("");
    text = DECLARATION.matcher(text).replaceAll("");
    text = TAG.matcher(text).replaceAll("");
    text = decodeReferences(text);
    return toAscii(text.strip()).strip();
  }

  /**
   * Decodes HTML character references: HTML 4 named entities, {@code &#NNN;} and {@code &#xHH;}.
   * Unknown names and code points outside Unicode are left as written.
   *
   * @param text text that may contain references
   * @return the decoded text
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public static String decodeReferences(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String ref = m.group(1);
      Integer codePoint;
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        codePoint = Integer.parseInt(ref.substring(2), 16);
      } else if (ref.startsWith("#")) {
        codePoint = Integer.parseInt(ref.substring(1));
      } else {
        codePoint = ENTITIES.get(ref);
      }
      String replacement = codePoint != null && Character.isValidCodePoint(codePoint) && codePoint != 0
          ? new String(Character.toChars(codePoint)) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Transliterates text to ASCII as described in the class documentation (step 3).
   *
   * @param text any text
   * @return the ASCII text
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public static String toAscii(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        out.append((char) cp);
        return;
      }
      String mapped = ASCII.get(cp);
      if (mapped != null) {
        out.append(mapped);
        return;
      }
      String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(new String(Character.toChars(cp)),
          Normalizer.Form.NFKD)).replaceAll("");
      decomposed.codePoints().forEach(d -> {
        if (d < 0x80) {
          out.append((char) d);
        } else {
          String again = ASCII.get(d);
          if (again != null) {
            out.append(again);
          }
        }
      });
    });
    return out.toString();
  }

  private static Map<String, Integer> entities() {
    Map<String, Integer> m = new HashMap<>();
    String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
        + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc"
        + " Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute"
        + " Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml"
        + " aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde"
        + " ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
    if (latin1.length != 96) {
      throw new IllegalStateException("Latin-1 entity table has " + latin1.length + " names, expected 96");
    }
    for (int i = 0; i < latin1.length; i++) {
      m.put(latin1[i], 160 + i);
    }
    String[] greekUpper = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho"
        .split(" ");
    for (int i = 0; i < greekUpper.length; i++) {
      m.put(greekUpper[i], 913 + i);
      m.put(greekUpper[i].toLowerCase(java.util.Locale.ROOT), 945 + i);
    }
    String[] greekUpperTail = "Sigma Tau Upsilon Phi Chi Psi Omega".split(" ");
    for (int i = 0; i < greekUpperTail.length; i++) {
      m.put(greekUpperTail[i], 931 + i);
      m.put(greekUpperTail[i].toLowerCase(java.util.Locale.ROOT), 963 + i);
    }
    Object[] others = {
        "quot", 34, "amp", 38, "apos", 39, "lt", 60, "gt", 62, "OElig", 338, "oelig", 339, "Scaron", 352,
        "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "sigmaf", 962, "thetasym", 977,
        "upsih", 978, "piv", 982, "ensp", 8194, "emsp", 8195, "thinsp", 8201, "zwnj", 8204, "zwj", 8205,
        "lrm", 8206, "rlm", 8207, "ndash", 8211, "mdash", 8212, "lsquo", 8216, "rsquo", 8217, "sbquo", 8218,
        "ldquo", 8220, "rdquo", 8221, "bdquo", 8222, "dagger", 8224, "Dagger", 8225, "bull", 8226,
        "hellip", 8230, "permil", 8240, "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250,
        "oline", 8254, "frasl", 8260, "euro", 8364, "image", 8465, "weierp", 8472, "real", 8476,
        "trade", 8482, "alefsym", 8501, "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595,
        "harr", 8596, "crarr", 8629, "lArr", 8656, "uArr", 8657, "rArr", 8658, "dArr", 8659, "hArr", 8660,
        "forall", 8704, "part", 8706, "exist", 8707, "empty", 8709, "nabla", 8711, "isin", 8712,
        "notin", 8713, "ni", 8715, "prod", 8719, "sum", 8721, "minus", 8722, "lowast", 8727, "radic", 8730,
        "prop", 8733, "infin", 8734, "ang", 8736, "and", 8743, "or", 8744, "cap", 8745, "cup", 8746,
        "int", 8747, "there4", 8756, "sim", 8764, "cong", 8773, "asymp", 8776, "ne", 8800, "equiv", 8801,
        "le", 8804, "ge", 8805, "sub", 8834, "sup", 8835, "nsub", 8836, "sube", 8838, "supe", 8839,
        "oplus", 8853, "otimes", 8855, "perp", 8869, "sdot", 8901, "lceil", 8968, "rceil", 8969,
        "lfloor", 8970, "rfloor", 8971, "lang", 9001, "rang", 9002, "loz", 9674, "spades", 9824,
        "clubs", 9827, "hearts", 9829, "diams", 9830};
    for (int i = 0; i < others.length; i += 2) {
      m.put((String) others[i], (Integer) others[i + 1]);
    }
    return Map.copyOf(m);
  }

  private static Map<Integer, String> asciiTable() {
    Map<Integer, String> m = new HashMap<>();
    // punctuation and spaces
    put(m, " ", 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
        0x202F, 0x205F, 0x3000);
    put(m, "", 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF);
    put(m, "-", 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212);
    put(m, "'", 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4);
    put(m, "\"", 0x201C, 0x201D, 0x201F, 0x2033);
    put(m, ",", 0x201A);
    put(m, ",,", 0x201E);
    put(m, "...", 0x2026);
    put(m, "<<", 0x00AB);
    put(m, ">>", 0x00BB);
    put(m, "<", 0x2039, 0x2329, 0x27E8);
    put(m, ">", 0x203A, 0x232A, 0x27E9);
    put(m, "*", 0x2022, 0x00B7, 0x2217, 0x22C5);
    put(m, "/", 0x2044, 0x00F7);
    put(m, "!", 0x00A1);
    put(m, "?", 0x00BF);
    put(m, "+", 0x2020);
    put(m, "++", 0x2021);
    put(m, "|", 0x00A6);
    put(m, "SS", 0x00A7);
    put(m, "P", 0x00B6);
    // signs
    put(m, "(c)", 0x00A9);
    put(m, "(r)", 0x00AE);
    put(m, "TM", 0x2122);
    put(m, "deg", 0x00B0);
    put(m, "+-", 0x00B1);
    put(m, "x", 0x00D7);
    put(m, "u", 0x00B5);
    put(m, "C/", 0x00A2);
    put(m, "PS", 0x00A3);
    put(m, "EUR", 0x20AC);
    put(m, "Y=", 0x00A5);
    put(m, "$?", 0x00A4);
    put(m, "!", 0x00AC);
    put(m, "-", 0x00AF);
    put(m, "%0", 0x2030);
    put(m, "<-", 0x2190);
    put(m, "->", 0x2192);
    put(m, "<->", 0x2194);
    put(m, "<=", 0x2264, 0x21D0);
    put(m, ">=", 0x2265);
    put(m, "=>", 0x21D2);
    put(m, "!=", 0x2260);
    put(m, "~", 0x2248, 0x223C);
    // letters without a decomposition
    put(m, "ss", 0x00DF);
    put(m, "AE", 0x00C6);
    put(m, "ae", 0x00E6);
    put(m, "O", 0x00D8);
    put(m, "o", 0x00F8);
    put(m, "OE", 0x0152);
    put(m, "oe", 0x0153);
    put(m, "D", 0x0110, 0x00D0);
    put(m, "d", 0x0111, 0x00F0);
    put(m, "L", 0x0141);
    put(m, "l", 0x0142);
    put(m, "Th", 0x00DE);
    put(m, "th", 0x00FE);
    put(m, "i", 0x0131);
    put(m, "f", 0x0192);
    // Greek, as unidecode spells it
    String[] greek = {"A", "B", "G", "D", "E", "Z", "E", "Th", "I", "K", "L", "M", "N", "Ks", "O", "P", "R", null,
        "S", "T", "U", "Ph", "Kh", "Ps", "O"};
    for (int i = 0; i < greek.length; i++) {
      if (greek[i] != null) {
        m.put(0x0391 + i, greek[i]);
        m.put(0x03B1 + i, greek[i].toLowerCase(java.util.Locale.ROOT));
      }
    }
    m.put(0x03C2, "s");
    return Map.copyOf(m);
  }

  private static void put(Map<Integer, String> m, String ascii, int... codePoints) {
    for (int cp : codePoints) {
      m.put(cp, ascii);
    }
  }
}
