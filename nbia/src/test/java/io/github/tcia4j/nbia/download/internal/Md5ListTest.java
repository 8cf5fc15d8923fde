package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Md5ListTest {
  private static final String A = "0123456789abcdef0123456789abcdef";
  private static final String B = "FEDCBA9876543210FEDCBA9876543210";

  @Test
  void readsTheServerFormat() {
    Md5List list = Md5List.parse(("Filename,MD5Hash\n1-02.dcm," + A + "\n1-01.dcm," + B + "\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(list.hashes()).containsExactly(
        java.util.Map.entry("1-02.dcm", A), java.util.Map.entry("1-01.dcm", B.toLowerCase()));
    assertThat(list.md5("1-01.dcm")).hasValue(B.toLowerCase());
    assertThat(list.md5("missing.dcm")).isEmpty();
  }

  @Test
  void acceptsQuotesCrLfAndBlankLines() {
    Md5List list = Md5List.parse(("\"Filename\",\"MD5Hash\"\r\n\r\n\"1-01.dcm\",\"" + A + "\"\r\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(list.md5("1-01.dcm")).hasValue(A);
  }

  @Test
  void rejectsMalformedLinesAndDuplicates() {
    assertThatThrownBy(() -> Md5List.parse("Filename,MD5Hash\n1-01.dcm\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(VerificationException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Md5List.parse("Filename,MD5Hash\n1-01.dcm,xyz\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("no 32-digit MD5");
    assertThatThrownBy(() -> Md5List.parse(("1-01.dcm," + A + "\n1-01.dcm," + A).getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("twice");
  }
}
