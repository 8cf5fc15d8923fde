package io.github.tcia4j.nbia.download.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a series zip in one pass from the response body: each entry is checked
 * ({@link ZipEntryNames}, {@link ExpansionLimits}), hashed (MD5) and counted while it is written to
 * the temporary folder (or, for an {@code asZip} download whose raw bytes are copied by the
 * {@link BodyTap}, only hashed). The DICOM preamble of each entry is checked from its first bytes,
 * {@code md5hashes.csv} is kept in memory, and the zip's trailer is checked at the end
 * ({@link ZipTrailer}). Memory use is one 64 KiB buffer plus the central directory; files are
 * written and hashed in whole 64 KiB blocks.
 */
public final class SeriesZipReader {
  private static final int BUFFER = 64 * 1024;
  private static final int MAX_MD5_LIST_BYTES = 32 * 1024 * 1024;
  private static final int MAX_TRAILER_BYTES = 32 * 1024 * 1024;

  private SeriesZipReader() {}

  /**
   * Receives each file as soon as it is complete (for progress).
   */
  @FunctionalInterface
  public interface FileListener {
    /**
     * Called after a file was written and hashed.
     *
     * @param file the file
     */
    void written(ExtractedFile file);
  }

  /**
   * What a zip held.
   *
   * @param files the files, in zip order ({@code md5hashes.csv} and {@code LICENSE} included)
   * @param md5List the parsed {@code md5hashes.csv}, when the zip had one
   * @param zipBytes the length of the zip
   */
  public record Contents(List<ExtractedFile> files, Optional<Md5List> md5List, long zipBytes) {
    /**
     * Counts the DICOM files.
     *
     * @return the number of files other than {@code LICENSE} and {@code md5hashes.csv}
     */
    public int dicomCount() {
      return (int) files.stream().filter(ExtractedFile::dicom).count();
    }
  }

  /**
   * Reads a zip.
   *
   * @param tap the response body
   * @param folder the temporary folder to write the entries to, or {@code null} to only verify
   * @param limits the zip-bomb guard
   * @param listener told about each file
   * @return what the zip held
   * @throws NetworkReadException when reading the body failed
   * @throws VerificationException when the zip is truncated or corrupt
   * @throws UnsafeZipException when the zip breaks a safety rule
   * @throws LocalFileException when a file cannot be written
   */
  public static Contents read(BodyTap tap, Path folder, ExpansionLimits limits, FileListener listener)
      throws NetworkReadException {
    List<ExtractedFile> files = new ArrayList<>();
    List<ZipTrailer.LocalEntry> locals = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Md5List md5List = null;
    byte[] buffer = new byte[BUFFER];
    long totalBytes = 0;
    ZipInputStream zip = new ZipInputStream(tap, StandardCharsets.UTF_8);
    try {
      while (true) {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
          break;
        }
        limits.checkEntries(files.size() + 1L);
        String name = entry.getName();
        Path target = folder == null ? null : ZipEntryNames.resolve(name, folder);
        if (folder == null) {
          ZipEntryNames.check(name);
        }
        if (!names.add(name)) {
          throw new UnsafeZipException("zip holds two entries named '" + PathNames.shorten(name)
              + "'; refusing to overwrite the first");
        }
        boolean isMd5List = name.equals(Md5List.ENTRY_NAME);
        ByteArrayOutputStream md5Bytes = isMd5List ? new ByteArrayOutputStream() : null;
        Copy copy = new Copy(name, buffer);
        OutputStream out = open(target);
        try {
          int n;
          long compressedStart = tap.position();
          while ((n = fill(zip, buffer)) > 0) {
            copy.accept(n);
            totalBytes += n;
            limits.checkBytes(name, totalBytes, copy.size, tap.position() - compressedStart);
            if (md5Bytes != null) {
              if (md5Bytes.size() + n > MAX_MD5_LIST_BYTES) {
                throw new UnsafeZipException(Md5List.ENTRY_NAME + " is larger than "
                    + (MAX_MD5_LIST_BYTES >> 20) + " MiB; refusing to read it");
              }
              md5Bytes.write(buffer, 0, n);
            }
            write(out, buffer, n, target);
          }
        } catch (IOException | RuntimeException e) {
          closeQuietly(out);
          throw e;
        }
        close(out, target);
        ExtractedFile file = copy.result();
        files.add(file);
        locals.add(new ZipTrailer.LocalEntry(name, entry.getCrc(), entry.getCompressedSize(), file.size()));
        if (md5Bytes != null) {
          md5List = Md5List.parse(md5Bytes.toByteArray());
        }
        listener.written(file);
      }
      byte[] tail = readTrailer(tap, limits);
      ZipTrailer.verify(tail, tap.position(), locals);
    } catch (NetworkReadException e) {
      throw e;
    } catch (EOFException e) {
      throw new VerificationException("zip is truncated: the stream ended inside an entry after "
          + tap.position() + " bytes (" + e.getMessage() + ")", e);
    } catch (ZipException e) {
      throw new VerificationException("zip is corrupt after " + tap.position() + " bytes: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new VerificationException("zip could not be read after " + tap.position() + " bytes: " + e, e);
    }
    return new Contents(List.copyOf(files), Optional.ofNullable(md5List), tap.position());
  }

  /**
   * Reads from the current entry until the buffer is full or the entry ends. ZipInputStream hands
   * out at most what its 512-byte input buffer inflates to, so writing and hashing each of its
   * reads separately would cost one write system call per half kilobyte (two million for a
   * gigabyte, the client's largest CPU cost in the throughput benchmark).
   */
  private static int fill(ZipInputStream zip, byte[] buffer) throws IOException {
    int total = 0;
    while (total < buffer.length) {
      int n = zip.read(buffer, total, buffer.length - total);
      if (n <= 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  private static byte[] readTrailer(BodyTap tap, ExpansionLimits limits) throws IOException {
    byte[] seen = tap.lastBytes();
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    rest.write(seen);
    long cap = Math.min(MAX_TRAILER_BYTES, 65_536L + limits.maxEntries() * 400L);
    byte[] buffer = new byte[8192];
    int n;
    while ((n = tap.read(buffer, 0, buffer.length)) > 0) {
      if (rest.size() + n > cap + seen.length) {
        throw new UnsafeZipException("zip has more than " + cap + " bytes after its last entry; refusing to read"
            + " them (zip-bomb guard)");
      }
      rest.write(buffer, 0, n);
    }
    return rest.toByteArray();
  }

  private static OutputStream open(Path target) {
    if (target == null) {
      return OutputStream.nullOutputStream();
    }
    try {
      return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (FileAlreadyExistsException e) {
      throw new UnsafeZipException("zip entry '" + target.getFileName()
          + "' would overwrite an existing file or link; refusing to write it");
    } catch (IOException e) {
      throw new LocalFileException("Cannot create", target, e);
    }
  }

  private static void write(OutputStream out, byte[] buffer, int n, Path target) {
    try {
      out.write(buffer, 0, n);
    } catch (IOException e) {
      throw new LocalFileException("Cannot write", target, e);
    }
  }

  private static void close(OutputStream out, Path target) {
    try {
      out.close();
    } catch (IOException e) {
      throw new LocalFileException("Cannot write", target, e);
    }
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException ignored) {
      // the entry is being abandoned with the whole attempt
    }
  }

  /** Hashes, counts and keeps the first bytes of one entry as it is copied. */
  private static final class Copy {
    private final String name;
    private final byte[] buffer;
    private final MessageDigest md5 = Digests.md5();
    private final byte[] head = new byte[DicomHeader.PREFIX_LENGTH];
    private int headLength;
    private long size;

    Copy(String name, byte[] buffer) {
      this.name = name;
      this.buffer = buffer;
    }

    void accept(int n) {
      if (headLength < head.length) {
        int k = Math.min(n, head.length - headLength);
        System.arraycopy(buffer, 0, head, headLength, k);
        headLength += k;
      }
      md5.update(buffer, 0, n);
      size += n;
    }

    ExtractedFile result() {
      return new ExtractedFile(name, size, HexFormat.of().formatHex(md5.digest()), ExtractedFile.isDicomName(name),
          DicomHeader.hasPreamble(head, headLength));
    }
  }
}
