package io.github.tcia4j.nbia.download.internal;

import java.nio.file.Path;

/**
 * Checks a zip entry name before any file is created for it. NBIA series zips are flat
 * ({@code LICENSE}, the DICOM files, {@code md5hashes.csv}), so an acceptable name is one plain
 * file name: not empty, no {@code /} or {@code \}, no {@code ..}, no drive letter, no control or
 * Windows-forbidden characters, not a reserved Windows device name, at most 255 characters. The
 * name resolved against the folder must also stay inside it.
 */
public final class ZipEntryNames {
  /** The longest entry name accepted. */
  public static final int MAX_NAME_LENGTH = 255;

  private ZipEntryNames() {}

  /**
   * Checks an entry name and returns the file it may be written to.
   *
   * @param name the entry name as the zip holds it
   * @param folder the temporary folder the entry goes to
   * @return the file inside {@code folder}
   * @throws UnsafeZipException naming the entry and the rule it broke
   */
  public static Path resolve(String name, Path folder) {
    check(name);
    Path base = folder.toAbsolutePath().normalize();
    Path file = base.resolve(name).normalize();
    if (!file.startsWith(base) || file.equals(base) || !file.getParent().equals(base)) {
      throw unsafe(name, "escapes the download folder");
    }
    return file;
  }

  /**
   * Checks an entry name without resolving it (for zips that are verified but not extracted).
   *
   * @param name the entry name
   * @throws UnsafeZipException naming the entry and the rule it broke
   */
  public static void check(String name) {
    if (name == null || name.isEmpty()) {
      throw new UnsafeZipException("zip holds an entry with an empty name; refusing to extract it");
    }
    if (name.startsWith("/") || name.startsWith("\\")) {
      throw unsafe(name, "is an absolute path and escapes the download folder");
    }
    if (PathNames.hasDriveLetter(name)) {
      throw unsafe(name, "starts with a drive letter and escapes the download folder");
    }
    if (name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..")
        || name.startsWith("..\\") || name.contains("\\..")) {
      throw unsafe(name, "escapes the download folder");
    }
    if (name.indexOf('\\') >= 0) {
      throw unsafe(name, "contains a backslash; NBIA zip entries are plain file names");
    }
    if (name.endsWith("/")) {
      throw unsafe(name, "is a folder; NBIA series zips are flat");
    }
    if (name.indexOf('/') >= 0) {
      throw unsafe(name, "is in a sub-folder, deeper than expected; NBIA series zips are flat");
    }
    if (name.equals(".")) {
      throw unsafe(name, "names the download folder itself");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw unsafe(name, "is longer than " + MAX_NAME_LENGTH + " characters");
    }
    for (int i = 0; i < name.length(); i++) {
      if (PathNames.isForbidden(name.charAt(i))) {
        throw unsafe(name, "contains a control or reserved character");
      }
    }
    if (PathNames.isWindowsReserved(name)) {
      throw unsafe(name, "is a reserved device name on Windows");
    }
  }

  private static UnsafeZipException unsafe(String name, String rule) {
    return new UnsafeZipException("zip entry '" + PathNames.shorten(name) + "' " + rule);
  }
}
