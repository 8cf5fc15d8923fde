package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules of an RT Structure Set (RTSTRUCT): RT Series, Structure Set with the Referenced Frame
 * of Reference Sequence (one RT Referenced Study item per referenced study, one RT Referenced
 * Series item per referenced series), one ROI with one closed planar contour, and its observation.
 * No pixel data.
 */
final class StructureSetModules {

    /** Referenced SOP Class UID of a study in the RT Referenced Study Sequence (Detached Study Management). */
    static final String STUDY_SOP_CLASS = "1.2.840.10008.3.1.2.3.1";
    /** Structure Set Label (3006,0002). */
    static final String LABEL = "Synthetic ROIs";
    /** ROI Name (3006,0026). */
    static final String ROI_NAME = "Synthetic lesion";
    /** Points of the contour polygon. */
    static final int CONTOUR_POINTS = 24;

    private StructureSetModules() {
    }

    static void add(InstanceSpec spec, DataSetBuilder data) {
        LocalDate date = InstanceFiles.contentDate(spec);
        data.textOrEmpty(0x0008_1070, null)
                .text(0x3006_0002, LABEL)
                .text(0x3006_0004, spec.seriesDescription())
                .dateOrEmpty(0x3006_0008, date)
                .textOrEmpty(0x3006_0009, date == null ? null : ValueFormats.derivedTime(spec.sopInstanceUid()));
        if (!spec.references().isEmpty()) {
            data.sequence(0x3006_0010, new DataSetBuilder()
                    .text(0x0020_0052, spec.frameOfReferenceUid())
                    .sequence(0x3006_0012, referencedStudies(spec.references()))
                    .build());
        }
        data.sequence(0x3006_0020, new DataSetBuilder()
                .integers(0x3006_0022, 1)
                .text(0x3006_0024, spec.frameOfReferenceUid())
                .text(0x3006_0026, ROI_NAME)
                .text(0x3006_0036, "AUTOMATIC")
                .build());
        data.sequence(0x3006_0039, new DataSetBuilder()
                .integers(0x3006_002A, 255, 0, 0)
                .sequence(0x3006_0040, contour(spec))
                .integers(0x3006_0084, 1)
                .build());
        data.sequence(0x3006_0080, new DataSetBuilder()
                .integers(0x3006_0082, 1)
                .integers(0x3006_0084, 1)
                .text(0x3006_00A4, "GTV")
                .textOrEmpty(0x3006_00A6, null)
                .build());
    }

    /** RT Referenced Study items, one per study in order of first appearance. */
    private static List<DataSet> referencedStudies(List<ReferencedSeries> references) {
        Map<String, List<ReferencedSeries>> byStudy = new LinkedHashMap<>();
        for (ReferencedSeries series : references) {
            byStudy.computeIfAbsent(series.studyInstanceUid(), key -> new ArrayList<>()).add(series);
        }
        List<DataSet> studies = new ArrayList<>(byStudy.size());
        for (Map.Entry<String, List<ReferencedSeries>> study : byStudy.entrySet()) {
            List<DataSet> seriesItems = new ArrayList<>(study.getValue().size());
            for (ReferencedSeries series : study.getValue()) {
                List<DataSet> images = new ArrayList<>(series.sopInstanceUids().size());
                for (String sop : series.sopInstanceUids()) {
                    images.add(imageReference(series.referencedSopClassUid(), sop));
                }
                seriesItems.add(new DataSetBuilder()
                        .text(0x0020_000E, series.seriesInstanceUid())
                        .sequence(0x3006_0016, images)
                        .build());
            }
            studies.add(new DataSetBuilder()
                    .text(0x0008_1150, STUDY_SOP_CLASS)
                    .text(0x0008_1155, study.getKey())
                    .sequence(0x3006_0014, seriesItems)
                    .build());
        }
        return studies;
    }

    /**
     * A circle of {@value #CONTOUR_POINTS} points around the image centre, radius 15 % of the
     * smaller field-of-view side, on the middle image of the first referenced series (assumed at
     * {@code z = (index + 1) × slice spacing}), or on this instance's own slice without references.
     */
    private static DataSet contour(InstanceSpec spec) {
        DataSetBuilder item = new DataSetBuilder();
        if (!spec.references().isEmpty()) {
            item.sequence(0x3006_0016, imageReference(spec.references().get(0).referencedSopClassUid(),
                    InstanceFiles.annotatedInstance(spec)));
        }
        double z = InstanceFiles.annotatedSlice(spec) * InstanceFiles.sliceSpacing(spec);
        double radius = 0.15 * Math.min(spec.columns() * spec.pixelSpacingColumn(), spec.rows() * spec.pixelSpacingRow());
        double[] points = new double[CONTOUR_POINTS * 3];
        for (int i = 0; i < CONTOUR_POINTS; i++) {
            double angle = 2 * Math.PI * i / CONTOUR_POINTS;
            points[3 * i] = hundredths(radius * StrictMath.cos(angle));
            points[3 * i + 1] = hundredths(radius * StrictMath.sin(angle));
            points[3 * i + 2] = z;
        }
        return item.text(0x3006_0042, "CLOSED_PLANAR")
                .integers(0x3006_0046, CONTOUR_POINTS)
                .decimals(0x3006_0050, points)
                .build();
    }

    static DataSet imageReference(String sopClass, String sopInstance) {
        return new DataSetBuilder()
                .text(0x0008_1150, sopClass)
                .text(0x0008_1155, sopInstance)
                .build();
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
