package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;

/**
 * Turns an {@link InstanceSpec} into the element tree of its Part-10 file: the modules every object
 * shares, then those of its kind (image, segmentation or structure set).
 */
final class InstanceFiles {

    /** The three kinds of object, chosen by SOP class. */
    enum Kind { IMAGE, SEGMENTATION, STRUCTURE_SET }

    /** Specific Character Set: UTF-8, so any name can be written. */
    static final String CHARACTER_SET = "ISO_IR 192";

    /** Image Orientation (Patient) of every synthetic image: axial, rows left to right, columns front to back. */
    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    private InstanceFiles() {
    }

    /** The kind of object {@code spec} describes. */
    static Kind kind(InstanceSpec spec) {
        return switch (spec.sopClassUid()) {
            case SopClasses.SEGMENTATION -> Kind.SEGMENTATION;
            case SopClasses.RT_STRUCTURE_SET -> Kind.STRUCTURE_SET;
            default -> Kind.IMAGE;
        };
    }

    /** The file for {@code spec}. */
    static Part10File build(InstanceSpec spec) {
        Kind kind = kind(spec);
        DataSetBuilder data = new DataSetBuilder();
        addCommon(spec, kind, data);
        switch (kind) {
            case IMAGE -> ImageModules.add(spec, data);
            case SEGMENTATION -> SegmentationModules.add(spec, data);
            case STRUCTURE_SET -> StructureSetModules.add(spec, data);
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return Part10File.of(spec.sopClassUid(), spec.sopInstanceUid(), data.build());
    }

    /** The slice spacing used for positions: the slice thickness, or 1 mm when it is not set. */
    static double sliceSpacing(InstanceSpec spec) {
        return spec.sliceThickness() == null ? 1.0 : spec.sliceThickness();
    }

    /**
     * Image Position (Patient) of the first pixel of slice {@code slice}: the image is centred on
     * the z axis, and slice n lies at {@code z = n × slice spacing}.
     */
    static double[] position(InstanceSpec spec, int slice) {
        return new double[] {
            -(spec.columns() - 1) * spec.pixelSpacingColumn() / 2,
            -(spec.rows() - 1) * spec.pixelSpacingRow() / 2,
            slice * sliceSpacing(spec)
        };
    }

    /** The date of the content: the series date, else the study date, else none. */
    static LocalDate contentDate(InstanceSpec spec) {
        return spec.seriesDate() != null ? spec.seriesDate() : spec.studyDate();
    }

    private static void addCommon(InstanceSpec spec, Kind kind, DataSetBuilder data) {
        data.text(0x0008_0005, CHARACTER_SET)
                .text(0x0008_0016, spec.sopClassUid())
                .text(0x0008_0018, spec.sopInstanceUid())
                .dateOrEmpty(0x0008_0020, spec.studyDate())
                .textOrEmpty(0x0008_0030,
                        spec.studyDate() == null ? null : ValueFormats.derivedTime(spec.studyInstanceUid()))
                .textOrEmpty(0x0008_0050, spec.accessionNumber())
                .text(0x0008_0060, spec.modality())
                .date(0x0008_0021, spec.seriesDate())
                .text(0x0008_0031,
                        spec.seriesDate() == null ? null : ValueFormats.derivedTime(spec.seriesInstanceUid()))
                .textOrEmpty(0x0008_0070, spec.manufacturer())
                .text(0x0008_0080, spec.institutionName())
                .textOrEmpty(0x0008_0090, null)
                .text(0x0008_1030, spec.studyDescription())
                .text(0x0008_103E, spec.seriesDescription())
                .text(0x0008_1090, spec.manufacturerModelName())
                .textOrEmpty(0x0010_0010, spec.patientName())
                .text(0x0010_0020, spec.patientId())
                .dateOrEmpty(0x0010_0030, spec.patientBirthDate())
                .textOrEmpty(0x0010_0040, spec.patientSex())
                .text(0x0010_1010, spec.patientAge())
                .text(0x0018_0015, spec.bodyPartExamined())
                .text(0x0018_1020, spec.softwareVersions())
                .text(0x0018_1030, spec.protocolName())
                .text(0x0020_000D, spec.studyInstanceUid())
                .text(0x0020_000E, spec.seriesInstanceUid())
                .textOrEmpty(0x0020_0010, spec.studyId())
                .integerOrEmpty(0x0020_0011, spec.seriesNumber())
                .integer(0x0020_0012, spec.acquisitionNumber())
                .integers(0x0020_0013, spec.instanceNumber());
        if (kind != Kind.STRUCTURE_SET) {
            LocalDate contentDate = contentDate(spec);
            if (contentDate != null) {
                data.date(0x0008_0023, contentDate)
                        .text(0x0008_0033, ValueFormats.derivedTime(spec.seriesInstanceUid()));
            }
        }
        if (kind != Kind.IMAGE || isVolume(spec)) {
            data.text(0x0020_0052, spec.frameOfReferenceUid())
                    .textOrEmpty(0x0020_1040, null);
        }
    }

    /** True for the cross-sectional images (CT, MR, PET), which have a position in space. */
    static boolean isVolume(InstanceSpec spec) {
        String sop = spec.sopClassUid();
        return sop.equals(SopClasses.CT_IMAGE) || sop.equals(SopClasses.MR_IMAGE) || sop.equals(SopClasses.PET_IMAGE);
    }

    /**
     * The slice a SEG frame or RTSTRUCT contour lies on: with references, the middle instance of
     * the first referenced series, assumed to be slice {@code index + 1}; without, the instance's
     * own number.
     */
    static int annotatedSlice(InstanceSpec spec) {
        if (spec.references().isEmpty()) {
            return spec.instanceNumber();
        }
        return spec.references().get(0).sopInstanceUids().size() / 2 + 1;
    }

    /** The SOP Instance UID of the annotated slice; only meaningful when there are references. */
    static String annotatedInstance(InstanceSpec spec) {
        ReferencedSeries first = spec.references().get(0);
        return first.sopInstanceUids().get(annotatedSlice(spec) - 1);
    }
}
