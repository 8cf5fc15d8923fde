package io.github.tcia4j.testkit.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.dicom.DicomUids;
import io.github.tcia4j.testkit.dicom.InstanceSpec;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.InjectedResetException;
import io.github.tcia4j.testkit.fault.StreamFaultKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The zip writer without HTTP: layout, levels, and where faults land. */
class SeriesZipWriterTest {
  private static final LocalDateTime TIME = LocalDateTime.of(2024, 5, 6, 7, 8, 10);

  private static InstanceSpec spec(int n) {
    return InstanceSpec.builder().modality("CT")
        .sopInstanceUid(DicomUids.derive("zip-test", "sop", Integer.toString(n)))
        .patientId("P1").studyInstanceUid(DicomUids.derive("zip-test", "study"))
        .seriesInstanceUid(DicomUids.derive("zip-test", "series"))
        .frameOfReferenceUid(DicomUids.derive("zip-test", "frame")).instanceNumber(n)
        .rows(64).columns(64).pixelSeed(9).build();
  }

  private static List<DicomEntry> entries(int count) {
    List<DicomEntry> l = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      InstanceSpec s = spec(n);
      l.add(new DicomEntry(String.format("%08d.dcm", n), SyntheticDicom.size(s), () -> s));
    }
    return l;
  }

  private static byte[] write(int level, Optional<FaultPoint> fault, List<FaultKind> injected)
      throws IOException {
    SeriesZipWriter w = new SeriesZipWriter(Optional.of("licence text\n"), entries(4), true,
        level, TIME, fault, Duration.ofSeconds(1), d -> { });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out, injected::add);
    return out.toByteArray();
  }

  private static List<String> names(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(TIME);
        assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
        in.readAllBytes();
      }
    }
    return names;
  }

  @Test
  void theLevelChangesTheSizeNotTheContent() throws IOException {
    List<FaultKind> none = new ArrayList<>();
    byte[] stored = write(0, Optional.empty(), none);
    byte[] fast = write(1, Optional.empty(), none);
    byte[] usual = write(-1, Optional.empty(), none);
    long raw = entries(4).stream().mapToLong(DicomEntry::size).sum();
    assertThat(stored.length).isGreaterThan((int) raw);
    assertThat(fast.length).isLessThan(stored.length);
    assertThat(usual.length).isLessThan(stored.length);
    for (byte[] zip : List.of(stored, fast, usual)) {
      assertThat(names(zip)).containsExactly("LICENSE", "00000001.dcm", "00000002.dcm",
          "00000003.dcm", "00000004.dcm", "md5hashes.csv");
    }
    assertThat(none).isEmpty();
  }

  @Test
  void aResetIsThrownAfterTheEarlierEntriesWereSent() {
    List<FaultKind> injected = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long second = entries(4).get(1).size();
    SeriesZipWriter w = new SeriesZipWriter(Optional.empty(), entries(4), false, 0, TIME,
        Optional.of(new FaultPoint(StreamFaultKind.RESET, 2, 10)), Duration.ZERO, d -> { });
    assertThatThrownBy(() -> w.writeTo(out, injected::add))
        .isInstanceOf(InjectedResetException.class);
    assertThat(injected).containsExactly(FaultKind.RESET);
    assertThat((long) out.size()).as("entries 1 and 2 went out uncompressed")
        .isGreaterThan(2 * second);
    String sent = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    assertThat(sent).contains("00000003.dcm").doesNotContain("00000004.dcm");
  }

  @Test
  void aTruncationStopsInsideTheEntryAndEndsNormally() throws IOException {
    List<FaultKind> injected = new ArrayList<>();
    byte[] zip = write(0, Optional.of(new FaultPoint(StreamFaultKind.TRUNCATE, 1, 4000)),
        injected);
    assertThat(injected).containsExactly(FaultKind.TRUNCATE);
    String sent = new String(zip, StandardCharsets.ISO_8859_1);
    assertThat(sent).contains("00000002.dcm").doesNotContain("00000003.dcm")
        .doesNotContain("md5hashes.csv");
    assertThatThrownBy(() -> names(zip)).isInstanceOf(IOException.class);
  }

  @Test
  void aStallWaitsOnceInTheChosenEntry() throws IOException {
    List<Duration> waits = new ArrayList<>();
    List<FaultKind> injected = new ArrayList<>();
    SeriesZipWriter w = new SeriesZipWriter(Optional.empty(), entries(3), false, 1, TIME,
        Optional.of(new FaultPoint(StreamFaultKind.STALL, 2, 100)), Duration.ofMinutes(10),
        waits::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out, injected::add);
    assertThat(waits).containsExactly(Duration.ofMinutes(10));
    assertThat(injected).containsExactly(FaultKind.STALL);
    assertThat(names(out.toByteArray())).hasSize(3);
  }
}
