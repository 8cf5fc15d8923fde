package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.download.Md5Check;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZipChecksTest {
  private static final String H1 = "11111111111111111111111111111111";
  private static final String H2 = "22222222222222222222222222222222";

  private static ExtractedFile dicom(String name, String md5) {
    return new ExtractedFile(name, 10, md5, true, true);
  }

  private static SeriesZipReader.Contents contents(Optional<Md5List> list, ExtractedFile... files) {
    return new SeriesZipReader.Contents(List.of(files), list, 100);
  }

  private static final ExtractedFile LICENSE = new ExtractedFile("LICENSE", 5, H2, false, false);

  @Test
  void everythingMatchingIsVerified() {
    SeriesZipReader.Contents c = contents(Optional.of(new Md5List(Map.of("1-01.dcm", H1, "1-02.dcm", H2))),
        LICENSE, dicom("1-01.dcm", H1), dicom("1-02.dcm", H2));
    ZipChecks.Verified v = ZipChecks.verify(c, 2, true, false);
    assertThat(v.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(v.warnings()).isEmpty();
    assertThat(ZipChecks.verify(c, 2, false, false).md5()).isEqualTo(Md5Check.NOT_CHECKED);
  }

  @Test
  void aMismatchIsReportedWithBothHashes() {
    SeriesZipReader.Contents c = contents(Optional.of(new Md5List(Map.of("1-01.dcm", H1))), dicom("1-01.dcm", H2));
    assertThatThrownBy(() -> ZipChecks.verify(c, 1, true, false))
        .isInstanceOfSatisfying(VerificationException.class,
            e -> assertThat(e.kind()).isEqualTo(VerificationException.Kind.MD5_MISMATCH))
        .hasMessageContaining("MD5 mismatch for '1-01.dcm'").hasMessageContaining(H1).hasMessageContaining(H2);
  }

  @Test
  void aMissingOrIncompleteListFails() {
    assertThatThrownBy(() -> ZipChecks.verify(contents(Optional.empty(), dicom("1-01.dcm", H1)), 1, true, false))
        .hasMessageContaining("no md5hashes.csv");
    assertThatThrownBy(() -> ZipChecks.verify(contents(Optional.of(new Md5List(Map.of())), dicom("1-01.dcm", H1)),
        1, true, false)).hasMessageContaining("does not list '1-01.dcm'");
    assertThatThrownBy(() -> ZipChecks.verify(contents(Optional.of(new Md5List(Map.of("1-01.dcm", H1, "1-02.dcm",
        H2))), dicom("1-01.dcm", H1)), 1, true, false)).hasMessageContaining("lists '1-02.dcm', which the zip does not hold");
  }

  @Test
  void aFileWithoutPreambleIsNotDicom() {
    SeriesZipReader.Contents c = contents(Optional.empty(), new ExtractedFile("1-01.dcm", 3, H1, true, false));
    assertThatThrownBy(() -> ZipChecks.verify(c, 1, false, false))
        .isInstanceOf(VerificationException.class).hasMessageContaining("not a DICOM Part-10 file");
  }

  @Test
  void aCountMismatchFailsOnceThenBecomesAWarning() {
    SeriesZipReader.Contents c = contents(Optional.of(new Md5List(Map.of("1-01.dcm", H1))), dicom("1-01.dcm", H1));
    assertThatThrownBy(() -> ZipChecks.verify(c, 2, true, false))
        .isInstanceOfSatisfying(VerificationException.class,
            e -> assertThat(e.kind()).isEqualTo(VerificationException.Kind.COUNT))
        .hasMessageContaining("1 DICOM files but the metadata ImageCount is 2");
    ZipChecks.Verified v = ZipChecks.verify(c, 2, true, true);
    assertThat(v.md5()).isEqualTo(Md5Check.VERIFIED);
    assertThat(v.warnings()).singleElement().asString()
        .contains("metadata may be stale").contains("every MD5 verified");
  }

  @Test
  void withoutMd5VerificationARepeatedCountMismatchStaysAFailure() {
    SeriesZipReader.Contents c = contents(Optional.empty(), dicom("1-01.dcm", H1));
    assertThatThrownBy(() -> ZipChecks.verify(c, 2, false, false))
        .isInstanceOfSatisfying(VerificationException.class,
            e -> assertThat(e.kind()).isEqualTo(VerificationException.Kind.COUNT));
    assertThatThrownBy(() -> ZipChecks.verify(c, 2, false, true))
        .isInstanceOfSatisfying(VerificationException.class,
            e -> assertThat(e.kind()).isEqualTo(VerificationException.Kind.COUNT))
        .hasMessageContaining("1 DICOM files but the metadata ImageCount is 2 again")
        .hasMessageContaining("without MD5 verification");
    assertThat(ZipChecks.verify(c, 1, false, true).warnings()).isEmpty();
  }
}
