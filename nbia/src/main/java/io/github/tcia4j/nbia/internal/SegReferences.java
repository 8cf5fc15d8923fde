package io.github.tcia4j.nbia.internal;

import io.github.tcia4j.nbia.model.DicomTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the series a segmentation or structure set refers to, from the rows of
 * {@code getDicomTags} (nbia-api.md section 4.5), as {@code tcia_utils.nbia.getSegRefSeries} does
 * but without its defects: every referenced series is returned (Python raises when there are
 * several), and "none" is an empty list (Python returns {@code "N/A"}).
 *
 * <ul>
 *   <li>RTSTRUCT: each row {@code >>(3006,0014)} (RT Referenced Series Sequence) immediately
 *       followed by a row {@code >>>(0020,000E)}: that row's value;
 *   <li>SEG: each row {@code >(0008,114A)} (the end of a Referenced Instance Sequence) immediately
 *       followed by a row {@code >(0020,000E)}: that row's value;
 *   <li>any other modality, or no Modality row: nothing.
 * </ul>
 * Elements are compared ignoring the case of the hex digits.
 */
public final class SegReferences {
  private static final String MODALITY = "(0008,0060)";

  private SegReferences() {}

  /**
   * Extracts the referenced Series Instance UIDs.
   *
   * @param tags the rows of {@code getDicomTags}, in server order
   * @return the distinct referenced UIDs, in order of appearance; empty when there are none
   */
  public static List<String> referencedSeries(List<DicomTag> tags) {
    Objects.requireNonNull(tags, "tags");
    String modality = null;
    for (DicomTag tag : tags) {
      if (MODALITY.equalsIgnoreCase(tag.element())) {
        modality = tag.data() == null ? null : tag.data().strip().toUpperCase(Locale.ROOT);
        break;
      }
    }
    if (modality == null) {
      return List.of();
    }
    String marker;
    String follower;
    switch (modality) {
      case "RTSTRUCT" -> {
        marker = ">>(3006,0014)";
        follower = ">>>(0020,000E)";
      }
      case "SEG" -> {
        marker = ">(0008,114A)";
        follower = ">(0020,000E)";
      }
      default -> {
        return List.of();
      }
    }
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i + 1 < tags.size(); i++) {
      DicomTag next = tags.get(i + 1);
      if (marker.equalsIgnoreCase(tags.get(i).element()) && follower.equalsIgnoreCase(next.element())
          && next.data() != null && !next.data().isBlank()) {
        found.add(next.data().strip());
      }
    }
    return List.copyOf(new ArrayList<>(found));
  }
}
