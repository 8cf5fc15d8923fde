package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal DICOM Part-10 reader: just enough to check the preamble and find the SOP Instance UID
 * of a file, so that instance-level repair knows which instances are already present. It reads
 * at most the first {@value #HEAD_BYTES} bytes, the file meta information (group 0002, explicit VR
 * little endian) and the data set up to element (0008,0018), in implicit or explicit VR, little or
 * big endian, or deflated.
 */
public final class DicomHeader {
  /** The preamble length; {@code DICM} follows it. */
  public static final int PREAMBLE_LENGTH = 128;
  /** Bytes needed to see the preamble and the {@code DICM} prefix. */
  public static final int PREFIX_LENGTH = PREAMBLE_LENGTH + 4;
  /** The most bytes read from the start of a file. */
  public static final int HEAD_BYTES = 256 * 1024;

  private static final String IMPLICIT_LE = "1.2.840.10008.1.2";
  private static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
  private static final String DEFLATED = "1.2.840.10008.1.2.1.99";
  private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
      "UR", "UT", "UV");
  private static final int SOP_INSTANCE_UID = 0x00080018;
  private static final int META_SOP_INSTANCE_UID = 0x00020003;
  private static final int META_TRANSFER_SYNTAX = 0x00020010;

  private DicomHeader() {}

  /**
   * Tells whether bytes start with a Part-10 preamble: {@code DICM} at byte 128.
   *
   * @param head the first bytes of a file
   * @param length how many of them are valid
   * @return {@code true} when the prefix is present
   */
  public static boolean hasPreamble(byte[] head, int length) {
    return length >= PREFIX_LENGTH && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
  }

  /**
   * Reads the SOP Instance UID of a file: element (0008,0018) of the data set, or (0002,0003) of
   * the file meta information when the data set cannot be read that far. Symbolic links are not
   * followed.
   *
   * @param file the file
   * @return the UID, or empty when the file is not a readable Part-10 file
   */
  public static Optional<String> sopInstanceUid(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return sopInstanceUid(in.readNBytes(HEAD_BYTES));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the SOP Instance UID from the first bytes of a file.
   *
   * @param head the first bytes (up to {@value #HEAD_BYTES})
   * @return the UID, or empty when the bytes are not a readable Part-10 header
   */
  public static Optional<String> sopInstanceUid(byte[] head) {
    if (!hasPreamble(head, head.length)) {
      return Optional.empty();
    }
    Reader meta = new Reader(head, PREFIX_LENGTH, head.length, true, false);
    String metaUid = null;
    String transferSyntax = null;
    while (meta.remaining() >= 8 && meta.peekGroup() == 0x0002) {
      Element e = meta.next();
      if (e == null) {
        return Optional.empty();
      }
      if (e.tag == META_SOP_INSTANCE_UID) {
        metaUid = e.text;
      } else if (e.tag == META_TRANSFER_SYNTAX) {
        transferSyntax = e.text;
      }
    }
    Optional<String> fromDataSet = dataSetUid(head, meta.position, transferSyntax == null ? "" : transferSyntax);
    Optional<String> fromMeta = Optional.ofNullable(metaUid);
    return fromDataSet.or(() -> fromMeta).filter(PathNames::isUid);
  }

  private static Optional<String> dataSetUid(byte[] head, int start, String transferSyntax) {
    byte[] data = head;
    int from = start;
    int to = head.length;
    if (transferSyntax.equals(DEFLATED)) {
      data = inflate(head, start);
      from = 0;
      to = data.length;
    }
    boolean explicit = !transferSyntax.equals(IMPLICIT_LE);
    boolean bigEndian = transferSyntax.equals(EXPLICIT_BE);
    Reader reader = new Reader(data, from, to, explicit, bigEndian);
    while (reader.remaining() >= 8) {
      Element e = reader.next();
      if (e == null || Integer.compareUnsigned(e.tag, SOP_INSTANCE_UID) > 0) {
        return Optional.empty();
      }
      if (e.tag == SOP_INSTANCE_UID) {
        return Optional.ofNullable(e.text);
      }
    }
    return Optional.empty();
  }

  private static byte[] inflate(byte[] head, int start) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(head, start, head.length - start);
      byte[] out = new byte[64 * 1024];
      int n = inflater.inflate(out);
      return java.util.Arrays.copyOf(out, n);
    } catch (DataFormatException e) {
      return new byte[0];
    } finally {
      inflater.end();
    }
  }

  /** One element: its tag and, for short string values, the text. */
  private record Element(int tag, String text) {}

  /** Walks elements of a byte range. */
  private static final class Reader {
    private final byte[] data;
    private final int end;
    private final boolean explicit;
    private final boolean bigEndian;
    private int position;

    Reader(byte[] data, int start, int end, boolean explicit, boolean bigEndian) {
      this.data = data;
      this.position = start;
      this.end = end;
      this.explicit = explicit;
      this.bigEndian = bigEndian;
    }

    int remaining() {
      return end - position;
    }

    int peekGroup() {
      return u16(position);
    }

    /** Returns the next element, or {@code null} when it cannot be skipped (undefined length, past the end). */
    Element next() {
      int group = u16(position);
      int element = u16(position + 2);
      int tag = (group << 16) | element;
      long length;
      int header;
      if (explicit) {
        String vr = new String(data, position + 4, 2, StandardCharsets.US_ASCII);
        if (LONG_VRS.contains(vr)) {
          if (remaining() < 12) {
            return null;
          }
          length = u32(position + 8);
          header = 12;
        } else {
          length = u16(position + 6);
          header = 8;
        }
      } else {
        length = u32(position + 4);
        header = 8;
      }
      if (length == 0xFFFFFFFFL || position + header + length > end) {
        return null;
      }
      int valueStart = position + header;
      position = (int) (valueStart + length);
      String text = length <= 128 ? trim(new String(data, valueStart, (int) length, StandardCharsets.US_ASCII)) : null;
      return new Element(tag, text);
    }

    private int u16(int at) {
      int a = data[at] & 0xFF;
      int b = data[at + 1] & 0xFF;
      return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private long u32(int at) {
      long a = data[at] & 0xFFL;
      long b = data[at + 1] & 0xFFL;
      long c = data[at + 2] & 0xFFL;
      long d = data[at + 3] & 0xFFL;
      return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    private static String trim(String value) {
      int n = value.length();
      while (n > 0 && (value.charAt(n - 1) == 0 || value.charAt(n - 1) == ' ')) {
        n--;
      }
      return value.substring(0, n).strip();
    }
  }
}
