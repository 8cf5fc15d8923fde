package io.github.tcia4j.nbia.download.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.ZipFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomHeaderTest {
  private static final String SOP = "1.2.826.0.1.3680043.8.498.12345";

  @TempDir
  Path dir;

  @Test
  void readsTheSopInstanceUidOfTheTestkitsFiles() throws Exception {
    byte[] bytes = ZipFixtures.dicom("1.2.3.4", SOP, 7);
    assertThat(DicomHeader.hasPreamble(bytes, bytes.length)).isTrue();
    assertThat(DicomHeader.sopInstanceUid(bytes)).hasValue(SOP);
    Path file = Files.write(dir.resolve("x.dcm"), bytes);
    assertThat(DicomHeader.sopInstanceUid(file)).hasValue(SOP);
  }

  @Test
  void readsImplicitLittleEndianAndExplicitBigEndianDataSets() {
    assertThat(DicomHeader.sopInstanceUid(part10("1.2.840.10008.1.2", "9.9.9", false, false))).hasValue(SOP);
    assertThat(DicomHeader.sopInstanceUid(part10("1.2.840.10008.1.2.2", "9.9.9", true, true))).hasValue(SOP);
    assertThat(DicomHeader.sopInstanceUid(part10("1.2.840.10008.1.2.1", "9.9.9", true, false))).hasValue(SOP);
  }

  @Test
  void fallsBackToTheMetaInformationWhenTheDataSetIsCutShort() {
    byte[] full = part10("1.2.840.10008.1.2.1", SOP, true, false);
    byte[] cut = Arrays.copyOf(full, full.length - 20);
    assertThat(DicomHeader.sopInstanceUid(cut)).hasValue(SOP);
  }

  @Test
  void nonDicomGivesNothing() throws Exception {
    byte[] text = "not a dicom file".getBytes(StandardCharsets.US_ASCII);
    assertThat(DicomHeader.hasPreamble(text, text.length)).isFalse();
    assertThat(DicomHeader.sopInstanceUid(text)).isEmpty();
    assertThat(DicomHeader.sopInstanceUid(dir.resolve("missing.dcm"))).isEmpty();
    Path link = dir.resolve("link.dcm");
    Path real = Files.write(dir.resolve("real.dcm"), ZipFixtures.dicom("1.2.3", SOP, 1));
    Files.createSymbolicLink(link, real);
    assertThat(DicomHeader.sopInstanceUid(link)).as("links are not followed").isEmpty();
  }

  /** Writes a minimal Part-10 file: meta group with (0002,0003) and transfer syntax, then (0008,0016), (0008,0018). */
  private static byte[] part10(String transferSyntax, String metaSop, boolean explicit, boolean bigEndian) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[128]);
    out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
    element(out, 0x0002, 0x0003, "UI", metaSop, true, false);
    element(out, 0x0002, 0x0010, "UI", transferSyntax, true, false);
    element(out, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.2", explicit, bigEndian);
    element(out, 0x0008, 0x0018, "UI", SOP, explicit, bigEndian);
    element(out, 0x0010, 0x0010, "PN", "DOE^J", explicit, bigEndian);
    return out.toByteArray();
  }

  private static void element(ByteArrayOutputStream out, int group, int element, String vr, String value,
      boolean explicit, boolean bigEndian) {
    byte[] v = value.getBytes(StandardCharsets.US_ASCII);
    if (v.length % 2 == 1) {
      v = Arrays.copyOf(v, v.length + 1);
    }
    u16(out, group, bigEndian);
    u16(out, element, bigEndian);
    if (explicit) {
      out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
      u16(out, v.length, bigEndian);
    } else {
      u16(out, v.length, bigEndian);
      u16(out, 0, bigEndian);
    }
    out.writeBytes(v);
  }

  private static void u16(ByteArrayOutputStream out, int value, boolean bigEndian) {
    if (bigEndian) {
      out.write(value >> 8);
      out.write(value & 0xFF);
    } else {
      out.write(value & 0xFF);
      out.write(value >> 8);
    }
  }
}
