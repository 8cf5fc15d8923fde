package io.github.tcia4j.testkit.internal.download;

import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.fault.FaultKind;
import io.github.tcia4j.testkit.fault.FaultyOutputStream;
import io.github.tcia4j.testkit.fault.Sleeper;
import io.github.tcia4j.testkit.fault.StreamFaultKind;
import io.github.tcia4j.testkit.internal.server.FaultAwareBodyWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams a series download as NBIA writes it: a {@link ZipOutputStream} (DEFLATE), optionally
 * {@code LICENSE} first, then the DICOM files generated while they are written (never a whole
 * file or series in memory), then optionally {@code md5hashes.csv}.
 *
 * <p>{@code md5hashes.csv} is unquoted: the header {@code Filename,MD5Hash}, then one
 * {@code <entry>,<md5>} line per DICOM file, {@code \n} line ends, in {@link HashMap} order like
 * the server's. Each MD5 is computed over the true bytes while the entry is written.
 *
 * <p>A {@link FaultPoint} makes the stream fail inside one DICOM entry: a reset flushes what was
 * compressed so far and drops the connection; a truncation ends the response cleanly in the
 * middle of that entry (no central directory); a stall flushes, then pauses; a corruption flips
 * one byte of the entry <em>before</em> compression, so the zip stays valid (its CRC covers the
 * flipped byte) but the file no longer matches its MD5. All entries carry the same fixed
 * modification time, so a download is byte-identical for the same data and level.
 */
public final class SeriesZipWriter implements FaultAwareBodyWriter {
  /** The name of the licence entry. */
  public static final String LICENSE = "LICENSE";
  /** The name of the MD5 list entry. */
  public static final String MD5_LIST = "md5hashes.csv";
  private static final int BUFFER = 64 * 1024;

  private final Optional<String> license;
  private final List<DicomEntry> entries;
  private final boolean md5List;
  private final int level;
  private final LocalDateTime entryTime;
  private final Optional<FaultPoint> fault;
  private final Duration stall;
  private final Sleeper sleeper;

  /**
   * Describes a download.
   *
   * @param license the {@code LICENSE} text, if the zip has one
   * @param entries the DICOM files in writing order
   * @param md5List whether {@code md5hashes.csv} ends the zip
   * @param level the DEFLATE level, -1 for the JDK default
   * @param entryTime the modification time of every entry
   * @param fault the stream fault, if any
   * @param stall how long a stall lasts
   * @param sleeper waits for the stall
   */
  public SeriesZipWriter(Optional<String> license, List<DicomEntry> entries, boolean md5List,
      int level, LocalDateTime entryTime, Optional<FaultPoint> fault, Duration stall,
      Sleeper sleeper) {
    this.license = Objects.requireNonNull(license, "license");
    this.entries = List.copyOf(entries);
    this.md5List = md5List;
    this.level = level;
    this.entryTime = Objects.requireNonNull(entryTime, "entryTime");
    this.fault = Objects.requireNonNull(fault, "fault");
    this.stall = Objects.requireNonNull(stall, "stall");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public void writeTo(OutputStream out, Consumer<FaultKind> onInject) throws IOException {
    Valve valve = new Valve(new BufferedOutputStream(out, BUFFER));
    ZipOutputStream zip = new ZipOutputStream(valve, StandardCharsets.UTF_8);
    zip.setLevel(level);
    try {
      if (license.isPresent()) {
        put(zip, LICENSE, license.get().getBytes(StandardCharsets.UTF_8));
      }
      Map<String, String> md5s = new HashMap<>();
      for (int k = 0; k < entries.size(); k++) {
        DicomEntry e = entries.get(k);
        zip.putNextEntry(entry(e.name()));
        MessageDigest md5 = md5();
        OutputStream target = zip;
        Optional<StreamFaultKind> kind = faultIn(k);
        if (kind.isPresent()) {
          StreamFaultKind f = kind.get();
          target = new FaultyOutputStream(zip, f, fault.get().offset(), stall, sleeper,
              () -> onInject.accept(FaultKind.valueOf(f.name())));
        }
        SyntheticDicom.write(e.spec().get(), new DigestOutputStream(target, md5));
        if (kind.equals(Optional.of(StreamFaultKind.TRUNCATE))) {
          valve.shut();
          break;
        }
        md5s.put(e.name(), HexFormat.of().formatHex(md5.digest()));
        zip.closeEntry();
      }
      if (md5List && !valve.isShut()) {
        put(zip, MD5_LIST, csv(md5s).getBytes(StandardCharsets.UTF_8));
      }
      zip.close();
    } catch (IOException | RuntimeException ex) {
      valve.discard();
      try {
        zip.close();
      } catch (IOException suppressed) {
        ex.addSuppressed(suppressed);
      }
      throw ex;
    }
  }

  private Optional<StreamFaultKind> faultIn(int entry) {
    return fault.filter(f -> f.entry() == entry).map(FaultPoint::kind);
  }

  private ZipEntry entry(String name) {
    ZipEntry z = new ZipEntry(name);
    z.setTimeLocal(entryTime);
    return z;
  }

  private void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static String csv(Map<String, String> md5s) {
    StringBuilder sb = new StringBuilder("Filename,MD5Hash\n");
    md5s.forEach((name, md5) -> sb.append(name).append(',').append(md5).append('\n'));
    return sb.toString();
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no MD5, which every Java platform must "
          + "provide", e);
    }
  }
}
