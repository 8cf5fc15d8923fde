package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipEntryNamesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"1-01.dcm", "LICENSE", "md5hashes.csv", "00000001.dcm", "1-1.dcm", "a b.dcm"})
  void serverNamesResolveInsideTheFolder(String name) {
    Path file = ZipEntryNames.resolve(name, dir);
    assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(file.getFileName()).hasToString(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../evil|escapes the download folder",
      "/abs|absolute path",
      "a/../../b|escapes the download folder",
      "C:\\x|drive letter",
      "C:x|drive letter",
      "a\\b|backslash",
      "..\\evil|escapes the download folder",
      "..|escapes the download folder",
      "dir/|is a folder",
      "sub/1-01.dcm|deeper than expected",
      "NUL|reserved device name",
      "con.txt|reserved device name",
      "ab:c|reserved character",
      ".|names the download folder itself"})
  void unsafeNamesAreRejectedWithTheRuleTheyBreak(String name, String rule) {
    assertThatThrownBy(() -> ZipEntryNames.resolve(name, dir))
        .isInstanceOf(UnsafeZipException.class)
        .hasMessageContaining("zip entry '")
        .hasMessageContaining(rule);
  }

  @Test
  void theBriefsExampleMessage() {
    assertThatThrownBy(() -> ZipEntryNames.check("../x"))
        .hasMessage("zip entry '../x' escapes the download folder");
  }

  @Test
  void emptyControlAndOverlongNamesAreRejected() {
    assertThatThrownBy(() -> ZipEntryNames.check("")).hasMessageContaining("empty name");
    assertThatThrownBy(() -> ZipEntryNames.check("a\u0000b")).hasMessageContaining("a\\u0000b")
        .hasMessageContaining("control");
    assertThatThrownBy(() -> ZipEntryNames.check("x".repeat(256))).hasMessageContaining("longer than 255");
  }
}
