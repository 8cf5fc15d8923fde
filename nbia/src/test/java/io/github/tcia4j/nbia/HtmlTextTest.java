package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void referenceExampleOfRemoveHtmlTags() {
    assertThat(HtmlText.toPlainText("<p>Caf&eacute; <b>na\u00efve</b> &ndash; x</p>\n ")).isEqualTo("Cafe naive - x");
  }

  @Test
  void tagsAreRemovedWithoutAddingSpacesAndLooseAngleBracketsStay() {
    assertThat(HtmlText.toPlainText("<div class=\"x\"><p>a</p><p>b</p><br/>c</div>")).isEqualTo("abc");
    assertThat(HtmlText.toPlainText("5 < 6 and 7 > 3")).isEqualTo("5 < 6 and 7 > 3");
    assertThat(HtmlText.toPlainText("<a href='https://doi.org/x'>link</a> text")).isEqualTo("link text");
  }

  @Test
  void commentsScriptsStylesAndDeclarationsDisappear() {
    String html = "<!DOCTYPE html><!-- hidden --><style>p {color: red}</style><script>var a = '<b>';</script>"
        + "<p>shown</p><?xml version=\"1.0\"?>";
    assertThat(HtmlText.toPlainText(html)).isEqualTo("shown");
  }

  @Test
  void namedDecimalAndHexReferencesAreDecoded() {
    assertThat(HtmlText.decodeReferences("&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos; &#233; &#xE9; &#XE9;"))
        .isEqualTo("<b> & \"q\" 'a' \u00e9 \u00e9 \u00e9");
    assertThat(HtmlText.decodeReferences("&alpha;&Omega;&hellip;&euro;&yuml;&nbsp;"))
        .isEqualTo("\u03b1\u03a9\u2026\u20ac\u00ff\u00a0");
    assertThat(HtmlText.decodeReferences("AT&T; &unknown; &#0; & plain")).isEqualTo("AT&T; &unknown; &#0; & plain");
  }

  @Test
  void encodedTagsStayAsTextAfterDecoding() {
    assertThat(HtmlText.toPlainText("&lt;p&gt;not a tag&lt;/p&gt;")).isEqualTo("<p>not a tag</p>");
  }

  @Test
  void transliteratesToAscii() {
    assertThat(HtmlText.toAscii("\u2013\u2014 \u2018x\u2019 \u201cy\u201d \u2026")).isEqualTo("-- 'x' \"y\" ...");
    assertThat(HtmlText.toAscii("a\u00a0b\u2009c")).isEqualTo("a b c");
    assertThat(HtmlText.toAscii("\u00c9cole \u00e0 Z\u00fcrich, S\u00e3o Paulo, \u0141\u00f3d\u017a")).isEqualTo("Ecole a Zurich, Sao Paulo, Lodz");
    assertThat(HtmlText.toAscii("Stra\u00dfe \u00e6 \u00f8 \u0153 \ufb01")).isEqualTo("Strasse ae o oe fi");
    assertThat(HtmlText.toAscii("\u00a9 \u00ae \u2122 37\u00b0C \u00b12 \u00b5m \u03b1-\u03b2")).isEqualTo("(c) (r) TM 37degC +-2 um a-b");
    assertThat(HtmlText.toAscii("x\u00b2 \u00bd")).isEqualTo("x2 1/2");
    assertThat(HtmlText.toAscii("\u4e2d")).isEmpty();
  }

  @Test
  void resultIsTrimmedIncludingNoBreakSpaces() {
    assertThat(HtmlText.toPlainText("&nbsp; <p> text </p>\n\t&nbsp;")).isEqualTo("text");
    assertThat(HtmlText.toPlainText("")).isEmpty();
    assertThat(HtmlText.toPlainText("<p></p>")).isEmpty();
  }

  @Test
  void resultIsAlwaysAscii() {
    String html = "<p>\u00c5ngstr\u00f6m \u2192 \u2264 \u2265 \u2260 \u00d7 \u00f7 \u20ac\u00a3\u00a5 \u00bf\u00a1 \u00ab\u00bb \u2022</p>";
    assertThat(HtmlText.toPlainText(html)).matches("\\p{ASCII}*").isEqualTo("Angstrom -> <= >= != x / EURPSY= ?! <<>> *");
  }

  @Test
  void nullIsRejectedWithTheArgumentName() {
    assertThatThrownBy(() -> HtmlText.toPlainText(null)).isInstanceOf(NullPointerException.class).hasMessage("html");
  }
}
