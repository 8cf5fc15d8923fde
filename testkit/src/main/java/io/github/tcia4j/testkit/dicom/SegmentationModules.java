package io.github.tcia4j.testkit.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The modules of a Segmentation (SEG) instance: one BINARY segment in one 1-bit frame, the
 * multi-frame functional groups that place that frame, and the Common Instance Reference module
 * listing the referenced series in the Referenced Series Sequence (0008,1115).
 */
final class SegmentationModules {

    /** The segment's label (0062,0005). */
    static final String SEGMENT_LABEL = "Synthetic lesion";
    /** The algorithm named in (0062,0009). */
    static final String ALGORITHM_NAME = "tcia4j testkit";

    private SegmentationModules() {
    }

    static void add(InstanceSpec spec, DataSetBuilder data) {
        data.texts(0x0008_0008, List.of("DERIVED", "PRIMARY"))
                .text(0x0018_1000, deviceSerialNumber(spec));
        if (!spec.references().isEmpty()) {
            data.sequence(0x0008_1115, referencedSeries(spec.references()));
        }
        String dimensions = DicomUids.derive(spec.seriesInstanceUid(), "dimension-organization");
        data.sequence(0x0020_9221, new DataSetBuilder().text(0x0020_9164, dimensions).build())
                .sequence(0x0020_9222,
                        dimension(dimensions, 0x0062_000B, 0x0062_000A, "Segment Number"),
                        dimension(dimensions, 0x0020_0032, 0x0020_9113, "Image Position Patient"));
        data.us(0x0028_0002, 1)
                .text(0x0028_0004, "MONOCHROME2")
                .integers(0x0028_0008, 1)
                .us(0x0028_0010, spec.rows())
                .us(0x0028_0011, spec.columns())
                .us(0x0028_0100, 1)
                .us(0x0028_0101, 1)
                .us(0x0028_0102, 0)
                .us(0x0028_0103, 0)
                .text(0x0028_2110, "00")
                .text(0x0062_0001, "BINARY")
                .sequence(0x0062_0002, segment())
                .text(0x0070_0080, "SEGMENTATION")
                .textOrEmpty(0x0070_0081, spec.seriesDescription())
                .textOrEmpty(0x0070_0084, null);
        DataSet pixelMeasures = new DataSetBuilder()
                .decimal(0x0018_0050, spec.sliceThickness())
                .decimals(0x0028_0030, spec.pixelSpacingRow(), spec.pixelSpacingColumn())
                .build();
        DataSet shared = new DataSetBuilder()
                .sequence(0x0020_9116, new DataSetBuilder().decimals(0x0020_0037, InstanceFiles.AXIAL).build())
                .sequence(0x0028_9110, pixelMeasures)
                .build();
        DataSetBuilder frame = new DataSetBuilder();
        if (!spec.references().isEmpty()) {
            frame.sequence(0x0008_9124, derivation(spec));
        }
        frame.sequence(0x0020_9111, new DataSetBuilder().ul(0x0020_9157, 1, 1).build())
                .sequence(0x0020_9113, new DataSetBuilder()
                        .decimals(0x0020_0032, InstanceFiles.position(spec, InstanceFiles.annotatedSlice(spec))).build())
                .sequence(0x0062_000A, new DataSetBuilder().us(0x0062_000B, 1).build());
        data.sequence(0x5200_9229, shared)
                .sequence(0x5200_9230, frame.build())
                .bulk(0x7FE0_0010, Vr.OB, SegmentationMask.length(spec.rows(), spec.columns()),
                        new SegmentationMask(spec.rows(), spec.columns(), spec.pixelSeed() * 31 + spec.instanceNumber()));
    }

    /**
     * Device Serial Number, required by the Enhanced General Equipment module: derived from the
     * manufacturer and model so that one synthetic "device" keeps one number.
     */
    static String deviceSerialNumber(InstanceSpec spec) {
        String device = spec.manufacturer() + "|" + spec.manufacturerModelName();
        return String.format(Locale.ROOT, "TK%08d", Math.floorMod(device.hashCode(), 100_000_000));
    }

    /** One item per referenced series: Referenced Instance Sequence, then Series Instance UID. */
    private static List<DataSet> referencedSeries(List<ReferencedSeries> references) {
        List<DataSet> items = new ArrayList<>(references.size());
        for (ReferencedSeries series : references) {
            List<DataSet> instances = new ArrayList<>(series.sopInstanceUids().size());
            for (String sop : series.sopInstanceUids()) {
                instances.add(new DataSetBuilder()
                        .text(0x0008_1150, series.referencedSopClassUid())
                        .text(0x0008_1155, sop)
                        .build());
            }
            items.add(new DataSetBuilder()
                    .sequence(0x0008_114A, instances)
                    .text(0x0020_000E, series.seriesInstanceUid())
                    .build());
        }
        return items;
    }

    /** Derivation Image Sequence: the frame was derived from the annotated slice (PS3.16 CID 7203, 7202). */
    private static DataSet derivation(InstanceSpec spec) {
        DataSet source = new DataSetBuilder()
                .text(0x0008_1150, spec.references().get(0).referencedSopClassUid())
                .text(0x0008_1155, InstanceFiles.annotatedInstance(spec))
                .sequence(0x0040_A170, code("121322", "DCM", "Source image for image processing operation"))
                .build();
        return new DataSetBuilder()
                .sequence(0x0008_2112, source)
                .sequence(0x0008_9215, code("113076", "DCM", "Segmentation"))
                .build();
    }

    private static DataSet dimension(String organization, int indexPointer, int groupPointer, String label) {
        return new DataSetBuilder()
                .text(0x0020_9164, organization)
                .at(0x0020_9165, indexPointer)
                .at(0x0020_9167, groupPointer)
                .text(0x0020_9421, label)
                .build();
    }

    /** Segment 1: a mass (SNOMED CT 4147007) in the category morphologically altered structure (49755003). */
    private static DataSet segment() {
        return new DataSetBuilder()
                .sequence(0x0062_0003, code("49755003", "SCT", "Morphologically Altered Structure"))
                .us(0x0062_0004, 1)
                .text(0x0062_0005, SEGMENT_LABEL)
                .text(0x0062_0008, "AUTOMATIC")
                .text(0x0062_0009, ALGORITHM_NAME)
                .sequence(0x0062_000F, code("4147007", "SCT", "Mass"))
                .build();
    }

    private static DataSet code(String value, String scheme, String meaning) {
        return new DataSetBuilder()
                .text(0x0008_0100, value)
                .text(0x0008_0102, scheme)
                .text(0x0008_0104, meaning)
                .build();
    }
}
