package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.nbia.download.Md5Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies what a series zip held: every DICOM file has the Part-10 preamble; with MD5
 * verification, {@code md5hashes.csv} is present and every DICOM file matches it (and it names no
 * file the zip lacks); the DICOM count equals the metadata {@code ImageCount}. A count that
 * differs while everything else verified is a {@link VerificationException.Kind#COUNT} failure the
 * first time; once it has repeated it becomes a warning ("the metadata may be stale") only when
 * every MD5 was verified, since only then do the files vouch for themselves. Without MD5
 * verification a repeated count mismatch stays a failure.
 */
public final class ZipChecks {
  private ZipChecks() {}

  /**
   * The result of a verification that passed.
   *
   * @param md5 {@link Md5Check#VERIFIED} or {@link Md5Check#NOT_CHECKED}
   * @param warnings warnings to report with the series
   */
  public record Verified(Md5Check md5, List<String> warnings) {}

  /**
   * Verifies a zip's contents.
   *
   * @param contents what the zip held
   * @param imageCount the metadata {@code ImageCount}, or {@code null}
   * @param verifyMd5 whether MD5s must be checked
   * @param acceptCountMismatch whether a count mismatch has already been seen once (then it is a
   *     warning, provided every MD5 verified)
   * @return the result
   * @throws VerificationException when something does not verify
   */
  public static Verified verify(SeriesZipReader.Contents contents, Integer imageCount, boolean verifyMd5,
      boolean acceptCountMismatch) {
    for (ExtractedFile f : contents.files()) {
      if (f.dicom() && !f.preambleOk()) {
        throw new VerificationException("'" + PathNames.shorten(f.name()) + "' is not a DICOM Part-10 file (no"
            + " DICM at byte 128, " + f.size() + " bytes)");
      }
    }
    Md5Check md5 = Md5Check.NOT_CHECKED;
    if (verifyMd5) {
      Md5List list = contents.md5List().orElseThrow(() -> new VerificationException(
          "zip has no md5hashes.csv although MD5 hashes were requested"));
      Set<String> dicomNames = new HashSet<>();
      for (ExtractedFile f : contents.files()) {
        if (!f.dicom()) {
          continue;
        }
        dicomNames.add(f.name());
        String expected = list.md5(f.name()).orElseThrow(() -> new VerificationException(
            VerificationException.Kind.MD5_MISMATCH, "md5hashes.csv does not list '" + PathNames.shorten(f.name())
            + "'", null));
        if (!expected.equals(f.md5())) {
          throw new VerificationException(VerificationException.Kind.MD5_MISMATCH, "MD5 mismatch for '"
              + PathNames.shorten(f.name()) + "': md5hashes.csv says " + expected + ", the file received has "
              + f.md5(), null);
        }
      }
      for (String listed : list.hashes().keySet()) {
        if (!dicomNames.contains(listed)) {
          throw new VerificationException(VerificationException.Kind.MD5_MISMATCH, "md5hashes.csv lists '"
              + PathNames.shorten(listed) + "', which the zip does not hold", null);
        }
      }
      md5 = Md5Check.VERIFIED;
    }
    List<String> warnings = new ArrayList<>();
    int count = contents.dicomCount();
    if (imageCount != null && count != imageCount) {
      String message = "the zip holds " + count + " DICOM files but the metadata ImageCount is " + imageCount;
      if (!acceptCountMismatch) {
        throw new VerificationException(VerificationException.Kind.COUNT, message, null);
      }
      if (md5 != Md5Check.VERIFIED) {
        throw new VerificationException(VerificationException.Kind.COUNT, message + " again; without MD5"
            + " verification the files cannot show that the metadata is stale rather than the zip incomplete", null);
      }
      warnings.add(message + " (the same on two downloads, every MD5 verified); the metadata may be stale");
    }
    return new Verified(md5, warnings);
  }
}
