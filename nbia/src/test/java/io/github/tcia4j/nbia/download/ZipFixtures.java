package io.github.tcia4j.nbia.download;

import io.github.tcia4j.testkit.dicom.InstanceSpec;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds series zips and DICOM files for tests, the way the NBIA server writes them. */
public final class ZipFixtures {
  /** The modification time of every entry of the test zips. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 5, 12, 10, 30);

  private ZipFixtures() {}

  /**
   * A synthetic series: its instances (SOP UID to file name and bytes).
   *
   * @param seriesUid the Series Instance UID
   * @param sopUids the SOP Instance UIDs in instance order
   * @param files file name to content, in instance order
   */
  public record SeriesData(String seriesUid, List<String> sopUids, Map<String, byte[]> files) {
    /**
     * The total size of the DICOM files.
     *
     * @return bytes
     */
    public long fileSize() {
      return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * The DICOM file of one instance.
     *
     * @param sopUid the SOP UID
     * @return its bytes
     */
    public byte[] instance(String sopUid) {
      return files.get(fileName(sopUids.indexOf(sopUid)));
    }

    /**
     * The zip the server sends: LICENSE, the DICOM files, md5hashes.csv when asked.
     *
     * @param withMd5 whether to add md5hashes.csv
     * @return the zip bytes
     */
    public byte[] zip(boolean withMd5) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put("LICENSE", ("Data of series " + seriesUid + " is licensed under CC BY 4.0.\n")
          .getBytes(StandardCharsets.UTF_8));
      entries.putAll(files);
      if (withMd5) {
        entries.put("md5hashes.csv", md5Csv(files).getBytes(StandardCharsets.UTF_8));
      }
      return ZipFixtures.zip(entries);
    }

    private String fileName(int index) {
      return String.format("1-%02d.dcm", index + 1);
    }
  }

  /**
   * Makes a series of small DICOM instances with UIDs derived from a base.
   *
   * @param seriesUid the Series Instance UID
   * @param images the number of instances
   * @return the series
   */
  public static SeriesData series(String seriesUid, int images) {
    List<String> sops = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 1; i <= images; i++) {
      String sop = seriesUid + "." + i;
      sops.add(sop);
      files.put(String.format("1-%02d.dcm", i), dicom(seriesUid, sop, i));
    }
    return new SeriesData(seriesUid, List.copyOf(sops), files);
  }

  /**
   * Writes one small synthetic DICOM instance (8 x 8 pixels) with the testkit's independent writer.
   *
   * @param seriesUid the Series Instance UID
   * @param sopUid the SOP Instance UID
   * @param instanceNumber the instance number
   * @return the Part-10 bytes
   */
  public static byte[] dicom(String seriesUid, String sopUid, int instanceNumber) {
    InstanceSpec spec = InstanceSpec.builder()
        .sopInstanceUid(sopUid)
        .seriesInstanceUid(seriesUid)
        .studyInstanceUid(seriesUid + ".0")
        .frameOfReferenceUid(seriesUid + ".9")
        .patientId("TEST-1")
        .modality("CT")
        .instanceNumber(instanceNumber)
        .rows(8)
        .columns(8)
        .pixelSeed(instanceNumber)
        .build();
    return SyntheticDicom.toBytes(spec);
  }

  /**
   * Zips entries with DEFLATE, as {@code java.util.zip.ZipOutputStream} (and the NBIA server) do,
   * every entry with the same fixed time, so the same entries always give the same bytes.
   *
   * @param entries name to content, in order
   * @return the zip bytes
   */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        // a fixed time, as the server's MaxSubmissionTimestamp: without it every call stamps the
        // current time, and two zips of the same data made two seconds apart differ
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes md5hashes.csv the server's way: unquoted, header, {@code \n} line ends.
   *
   * @param files name to content
   * @return the CSV text
   */
  public static String md5Csv(Map<String, byte[]> files) {
    StringBuilder sb = new StringBuilder("Filename,MD5Hash\n");
    files.forEach((name, content) -> sb.append(name).append(',').append(md5(content)).append('\n'));
    return sb.toString();
  }

  /**
   * Computes an MD5.
   *
   * @param content the bytes
   * @return lower-case hex
   */
  public static String md5(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Marks an entry of a zip as a Unix symbolic link in its central directory.
   *
   * @param zip the zip bytes
   * @param name the entry name
   * @return a patched copy
   */
  public static byte[] markSymlink(byte[] zip, String name) {
    byte[] out = zip.clone();
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int p = 0; p + 46 < out.length; p++) {
      if (out[p] == 'P' && out[p + 1] == 'K' && out[p + 2] == 1 && out[p + 3] == 2) {
        int nameLength = (out[p + 28] & 0xFF) | (out[p + 29] & 0xFF) << 8;
        String entry = new String(out, p + 46, nameLength, StandardCharsets.UTF_8);
        if (entry.equals(name)) {
          out[p + 5] = 3;
          long attributes = 0xA1FFL << 16;
          for (int i = 0; i < 4; i++) {
            out[p + 38 + i] = (byte) (attributes >>> (8 * i));
          }
          return out;
        }
      }
    }
    throw new IllegalArgumentException("no central directory entry " + name);
  }

  /**
   * Returns where the central directory starts.
   *
   * @param zip the zip bytes
   * @return the offset of the first central directory header
   */
  public static int centralDirectoryOffset(byte[] zip) {
    int eocd = zip.length - 22;
    return (zip[eocd + 16] & 0xFF) | (zip[eocd + 17] & 0xFF) << 8 | (zip[eocd + 18] & 0xFF) << 16
        | (zip[eocd + 19] & 0xFF) << 24;
  }

  /**
   * Streams a zip with one entry of {@code size} zeros (deflated to about a thousandth), generated
   * as it is written: a zip bomb that needs no memory.
   *
   * @param out where to write
   * @param entryName the entry name
   * @param size the uncompressed size
   * @throws IOException when writing fails (the reader gave up)
   */
  public static void writeZeroBomb(OutputStream out, String entryName, long size) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(entryName));
    byte[] zeros = new byte[1 << 20];
    for (long written = 0; written < size; written += zeros.length) {
      zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
    }
    zip.closeEntry();
    zip.finish();
  }
}
