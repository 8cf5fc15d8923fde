package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 and SHA-256 helpers (every JDK provides both algorithms). */
public final class Digests {
  private Digests() {}

  /**
   * Returns a new MD5 digest.
   *
   * @return the digest
   */
  public static MessageDigest md5() {
    return get("MD5");
  }

  /**
   * Returns a new SHA-256 digest.
   *
   * @return the digest
   */
  public static MessageDigest sha256() {
    return get("SHA-256");
  }

  /**
   * Hashes a file without following links.
   *
   * @param file the file
   * @param digest a fresh digest
   * @return the lower-case hex hash
   * @throws IOException when the file cannot be read
   */
  public static String hash(Path file, MessageDigest digest) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest get(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks the " + algorithm + " algorithm", e);
    }
  }
}
