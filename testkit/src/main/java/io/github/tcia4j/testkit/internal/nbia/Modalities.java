package io.github.tcia4j.testkit.internal.nbia;

import java.util.Locale;
import java.util.Set;

/** Modality facts the endpoints need. */
final class Modalities {
  private static final Set<String> WITHOUT_PIXELS = Set.of("RTSTRUCT", "RTPLAN", "SR", "PR",
      "REG", "KO");

  private Modalities() {}

  /** RTSTRUCT and other non-image objects have no pixel spacing or slice thickness. */
  static boolean hasPixels(String modality) {
    return !WITHOUT_PIXELS.contains(modality.toUpperCase(Locale.ROOT));
  }
}
