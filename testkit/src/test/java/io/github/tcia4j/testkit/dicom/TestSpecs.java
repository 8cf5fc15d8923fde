package io.github.tcia4j.testkit.dicom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Specs used across the tests. */
final class TestSpecs {

    static final String STUDY = DicomUids.derive("test", "study");
    static final String SERIES = DicomUids.derive("test", "series");
    static final String FRAME = DicomUids.derive("test", "frame");
    static final String REF_SERIES = DicomUids.derive("test", "referenced-series");
    static final String OTHER_STUDY = DicomUids.derive("test", "other-study");
    static final String OTHER_SERIES = DicomUids.derive("test", "other-series");

    static final List<String> IMAGE_MODALITIES = List.of("CT", "MR", "PT", "CR", "DX", "MG", "US", "OT");

    private TestSpecs() {
    }

    /** A fully filled builder for modality {@code modality}. */
    static InstanceSpec.Builder full(String modality) {
        return InstanceSpec.builder()
                .modality(modality)
                .sopInstanceUid(DicomUids.derive("test", "sop", modality))
                .patientId("TCGA-01-0001")
                .patientName("Doe^Jane")
                .patientSex("F")
                .patientAge("045Y")
                .patientBirthDate(LocalDate.of(1970, 1, 2))
                .studyInstanceUid(STUDY)
                .studyDate(LocalDate.of(2020, 3, 4))
                .studyDescription("CT CHEST W CONTRAST")
                .studyId("S1")
                .accessionNumber("ACC123")
                .seriesInstanceUid(SERIES)
                .seriesDate(LocalDate.of(2020, 3, 5))
                .seriesDescription("Axial 1.25mm")
                .seriesNumber(3)
                .bodyPartExamined("CHEST")
                .protocolName("Chest routine")
                .manufacturer("ACME")
                .manufacturerModelName("Scanner 9000")
                .softwareVersions("1.0")
                .frameOfReferenceUid(FRAME)
                .institutionName("Hospital Ü")
                .instanceNumber(7)
                .acquisitionNumber(1)
                .rows(64)
                .columns(48)
                .pixelSpacing(0.703125, 0.8)
                .sliceThickness(1.25)
                .pixelSeed(42);
    }

    /** Only the required values, for modality {@code modality}. */
    static InstanceSpec.Builder minimal(String modality) {
        return InstanceSpec.builder()
                .modality(modality)
                .sopInstanceUid(DicomUids.derive("test", "minimal", modality))
                .patientId("P1")
                .studyInstanceUid(STUDY)
                .seriesInstanceUid(SERIES)
                .frameOfReferenceUid(FRAME)
                .rows(16)
                .columns(16);
    }

    /** A referenced series of {@code count} CT instances. */
    static ReferencedSeries referenced(String study, String series, int count) {
        List<String> sops = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sops.add(DicomUids.derive(series, "instance", Integer.toString(i)));
        }
        return new ReferencedSeries(study, series, sops, SopClasses.CT_IMAGE);
    }

    static InstanceSpec seg() {
        return full("SEG").references(List.of(referenced(STUDY, REF_SERIES, 5))).build();
    }

    static InstanceSpec rtstruct() {
        return full("RTSTRUCT").references(List.of(referenced(STUDY, REF_SERIES, 5))).build();
    }

    static InstanceSpec ct() {
        return full("CT").build();
    }

    /** A random but valid spec: any modality, odd sizes, optional values sometimes missing. */
    static InstanceSpec random(Random random) {
        List<String> modalities = new ArrayList<>(IMAGE_MODALITIES);
        modalities.add("SEG");
        modalities.add("RTSTRUCT");
        String modality = modalities.get(random.nextInt(modalities.size()));
        InstanceSpec.Builder builder = random.nextBoolean() ? full(modality) : minimal(modality);
        builder.sopInstanceUid(DicomUids.derive("random", Long.toString(random.nextLong())))
                .rows(1 + random.nextInt(97))
                .columns(1 + random.nextInt(97))
                .instanceNumber(1 + random.nextInt(400))
                .pixelSeed(random.nextLong())
                .pixelSpacing(0.1 + random.nextDouble() * 2, 0.1 + random.nextDouble() * 2)
                .sliceThickness(random.nextBoolean() ? null : 0.5 + random.nextInt(10) / 4.0)
                .patientName(random.nextBoolean() ? null : text(random, 1 + random.nextInt(30)))
                .seriesDescription(random.nextBoolean() ? null : text(random, 1 + random.nextInt(64)))
                .studyDescription(random.nextBoolean() ? null : text(random, 1 + random.nextInt(64)))
                .studyId(random.nextBoolean() ? null : text(random, 1 + random.nextInt(16)))
                .accessionNumber(random.nextBoolean() ? null : text(random, 1 + random.nextInt(16)))
                .seriesNumber(random.nextBoolean() ? null : random.nextInt(100_000))
                .acquisitionNumber(random.nextBoolean() ? null : random.nextInt(10));
        if (modality.equals("SEG") || modality.equals("RTSTRUCT")) {
            List<ReferencedSeries> references = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                String study = random.nextBoolean() ? STUDY : OTHER_STUDY;
                references.add(referenced(study, DicomUids.derive("ref", Integer.toString(random.nextInt())),
                        1 + random.nextInt(7)));
            }
            builder.references(references);
        }
        return builder.build();
    }

    /** Text of {@code length} characters, some of them outside ASCII (so byte lengths vary). */
    static String text(Random random, int length) {
        String alphabet = "ABCxyz019 _-.ÄéÜ日本";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = out.toString().strip();
        return s.isEmpty() ? "X" : s;
    }
}
