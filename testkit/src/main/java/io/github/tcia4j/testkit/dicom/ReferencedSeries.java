package io.github.tcia4j.testkit.dicom;

import java.util.ArrayList;
import java.util.List;

/**
 * A series that a segmentation (SEG) or structure set (RTSTRUCT) refers to. The constructor
 * throws {@link IllegalArgumentException} when a UID is null or invalid, or when
 * {@code sopInstanceUids} is null or empty; it keeps an unmodifiable copy of the list.
 *
 * @param studyInstanceUid the study holding the referenced series
 * @param seriesInstanceUid the referenced series
 * @param sopInstanceUids the referenced instances of that series, at least one, in slice order
 *     (for RTSTRUCT the contour is drawn on the middle one, assumed to lie at
 *     {@code z = (index + 1) × sliceThickness} like the synthetic images)
 * @param referencedSopClassUid the SOP class of those instances, e.g. {@link SopClasses#CT_IMAGE}
 */
public record ReferencedSeries(String studyInstanceUid, String seriesInstanceUid, List<String> sopInstanceUids,
        String referencedSopClassUid) {

    /**
     * Checks the arguments and copies {@code sopInstanceUids}.
     *
     * @param studyInstanceUid the study holding the referenced series
     * @param seriesInstanceUid the referenced series
     * @param sopInstanceUids the referenced instances of that series, at least one, in slice order
     *     (for RTSTRUCT the contour is drawn on the middle one, assumed to lie at
     *     {@code z = (index + 1) × sliceThickness} like the synthetic images)
     * @param referencedSopClassUid the SOP class of those instances, e.g. {@link SopClasses#CT_IMAGE}
     * @throws IllegalArgumentException when a UID is null or invalid, or {@code sopInstanceUids} is
     *     null or empty
     */
    public ReferencedSeries {
        SpecChecks.uid(studyInstanceUid, "ReferencedSeries.studyInstanceUid");
        SpecChecks.uid(seriesInstanceUid, "ReferencedSeries.seriesInstanceUid");
        SpecChecks.uid(referencedSopClassUid, "ReferencedSeries.referencedSopClassUid");
        if (sopInstanceUids == null || sopInstanceUids.isEmpty()) {
            throw new IllegalArgumentException("ReferencedSeries.sopInstanceUids of series " + seriesInstanceUid
                    + " is " + (sopInstanceUids == null ? "null" : "empty")
                    + "; list at least one referenced SOP Instance UID");
        }
        List<String> copy = new ArrayList<>(sopInstanceUids.size());
        for (int i = 0; i < sopInstanceUids.size(); i++) {
            copy.add(SpecChecks.uid(sopInstanceUids.get(i), "ReferencedSeries.sopInstanceUids[" + i + "]"));
        }
        sopInstanceUids = List.copyOf(copy);
    }
}
