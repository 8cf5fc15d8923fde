package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class InstanceSpecTest {

    @Test
    void builderDefaultsAndSopClassFromModality() {
        InstanceSpec spec = TestSpecs.minimal("MR").build();

        assertThat(spec.sopClassUid()).isEqualTo(SopClasses.MR_IMAGE);
        assertThat(spec.rows()).isEqualTo(16);
        assertThat(spec.instanceNumber()).isEqualTo(1);
        assertThat(spec.pixelSpacingRow()).isEqualTo(1.0);
        assertThat(spec.references()).isEmpty();
        assertThat(InstanceSpec.builder().modality("CT").sopInstanceUid("1.2").patientId("P").studyInstanceUid("1.3")
                .seriesInstanceUid("1.4").frameOfReferenceUid("1.5").build().rows()).isEqualTo(512);
    }

    @Test
    void explicitSopClassWins() {
        InstanceSpec spec = TestSpecs.minimal("CT").sopClassUid(SopClasses.SECONDARY_CAPTURE_IMAGE).build();
        assertThat(spec.sopClassUid()).isEqualTo(SopClasses.SECONDARY_CAPTURE_IMAGE);
    }

    @Test
    void toBuilderRoundTrips() {
        InstanceSpec spec = TestSpecs.seg();
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.toBuilder().instanceNumber(9).build().instanceNumber()).isEqualTo(9);
    }

    @Test
    void referencesAreCopiedAndUnmodifiable() {
        List<ReferencedSeries> references = new ArrayList<>();
        references.add(TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 2));
        InstanceSpec spec = TestSpecs.full("SEG").references(references).build();
        references.clear();

        assertThat(spec.references()).hasSize(1);
        assertThatThrownBy(() -> spec.references().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TestSpecs.full("SEG").references(null).build().references()).isEmpty();
    }

    @Test
    void missingRequiredValuesAreNamed() {
        expectError(b -> b.sopInstanceUid(null), "sopInstanceUid", "null");
        expectError(b -> b.studyInstanceUid(null), "studyInstanceUid", "null");
        expectError(b -> b.seriesInstanceUid(null), "seriesInstanceUid", "null");
        expectError(b -> b.frameOfReferenceUid(null), "frameOfReferenceUid", "null");
        expectError(b -> b.patientId(null), "patientId", "required");
        expectError(b -> b.modality(null), "modality", "required");
    }

    @Test
    void badUidsAreNamed() {
        expectError(b -> b.seriesInstanceUid("1.2.abc"), "seriesInstanceUid", "'a'");
        expectError(b -> b.sopInstanceUid("1." + "2".repeat(64)), "sopInstanceUid", "more than 64");
        expectError(b -> b.studyInstanceUid("1..2"), "studyInstanceUid", "empty component");
        expectError(b -> b.studyInstanceUid("1.02"), "studyInstanceUid", "leading zero");
        expectError(b -> b.sopClassUid("1.2 "), "sopClassUid", "' '");
        expectError(b -> b.frameOfReferenceUid(""), "frameOfReferenceUid", "empty");
    }

    @Test
    void badDimensionsAreNamed() {
        expectError(b -> b.rows(0), "rows", "between 1 and 65535");
        expectError(b -> b.columns(-1), "columns", "between 1 and 65535");
        expectError(b -> b.columns(65536), "columns", "between 1 and 65535");
        expectError(b -> b.rows(65535).columns(65535), "rows × columns", "4 GiB");
        expectError(b -> b.pixelSpacingRow(0), "pixelSpacingRow", "above 0");
        expectError(b -> b.pixelSpacingColumn(Double.NaN), "pixelSpacingColumn", "finite");
        expectError(b -> b.sliceThickness(-1.0), "sliceThickness", "above 0");
        expectError(b -> b.instanceNumber(0), "instanceNumber", "1 or more");
    }

    @Test
    void largestImageBelowFourGibIsAccepted() {
        // 46340² × 2 = 4,294,691,200 bytes, just under 4 GiB - 2
        assertThat(TestSpecs.full("CT").rows(46340).columns(46340).build().rows()).isEqualTo(46340);
        // a 1-bit segmentation of the largest matrix is small enough
        assertThat(TestSpecs.full("SEG").rows(65535).columns(65535).build().columns()).isEqualTo(65535);
    }

    @Test
    void badTextIsNamed() {
        expectError(b -> b.bodyPartExamined("Head-Neck"), "bodyPartExamined", "HEAD_NECK");
        expectError(b -> b.modality("ct"), "modality", "code string");
        expectError(b -> b.seriesDescription("x".repeat(65)), "seriesDescription", "at most 64");
        expectError(b -> b.studyId("12345678901234567"), "studyId", "at most 16");
        expectError(b -> b.accessionNumber("A\\B"), "accessionNumber", "backslash");
        expectError(b -> b.studyDescription("a\nb"), "studyDescription", "control character");
        expectError(b -> b.protocolName(" padded"), "protocolName", "white space");
        expectError(b -> b.institutionName("  "), "institutionName", "blank");
        expectError(b -> b.patientName("x".repeat(65)), "patientName", "at most 64");
        expectError(b -> b.patientSex("X"), "patientSex", "M, F or O");
        expectError(b -> b.patientAge("45"), "patientAge", "045Y");
        expectError(b -> b.softwareVersions("1.0\\"), "softwareVersions", "blank");
        expectError(b -> b.studyDate(LocalDate.of(10_000, 1, 1)), "studyDate", "0001 to 9999");
    }

    @Test
    void validTextPasses() {
        InstanceSpec spec = TestSpecs.full("CT").patientName("Yamada^Tarou=山田^太郎").softwareVersions("1\\2\\3")
                .bodyPartExamined("HEAD_NECK").build();
        assertThat(spec.patientName()).isEqualTo("Yamada^Tarou=山田^太郎");
    }

    @Test
    void modalityAndSopClassMustAgree() {
        expectError(b -> b.modality("CT").sopClassUid(SopClasses.SEGMENTATION), "modality CT", "SEG");
        expectError(b -> b.modality("SEG").sopClassUid(SopClasses.CT_IMAGE), "modality SEG", "SEG");
        expectError(b -> b.modality("CT").sopClassUid(SopClasses.RT_STRUCTURE_SET), "modality CT", "RTSTRUCT");
        expectError(b -> b.modality("RTSTRUCT").sopClassUid(SopClasses.MR_IMAGE), "modality RTSTRUCT", "RTSTRUCT");
    }

    @Test
    void onlySegAndRtstructTakeReferences() {
        expectError(b -> b.modality("CT").references(List.of(TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 1))),
                "references", "only SEG and RTSTRUCT");
        List<ReferencedSeries> withNull = new ArrayList<>();
        withNull.add(null);
        expectError(b -> b.modality("SEG").references(withNull), "references[0]", "null");
    }

    @Test
    void petInstanceNumbersMustFitImageIndex() {
        expectError(b -> b.modality("PT").instanceNumber(70_000), "instanceNumber", "65535");
        assertThat(TestSpecs.full("CT").instanceNumber(70_000).build().instanceNumber()).isEqualTo(70_000);
    }

    @Test
    void referencedSeriesIsChecked() {
        assertThatThrownBy(() -> new ReferencedSeries(null, "1.2", List.of("1.3"), SopClasses.CT_IMAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReferencedSeries.studyInstanceUid");
        assertThatThrownBy(() -> new ReferencedSeries("1.1", "1.2", List.of(), SopClasses.CT_IMAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sopInstanceUids").hasMessageContaining("empty");
        assertThatThrownBy(() -> new ReferencedSeries("1.1", "1.2", null, SopClasses.CT_IMAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sopInstanceUids").hasMessageContaining("null");
        assertThatThrownBy(() -> new ReferencedSeries("1.1", "1.2", List.of("1.3", "x"), SopClasses.CT_IMAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sopInstanceUids[1]");
        assertThatThrownBy(() -> new ReferencedSeries("1.1", "1.2", List.of("1.3"), "CT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referencedSopClassUid");
        List<String> sops = new ArrayList<>(List.of("1.3"));
        ReferencedSeries series = new ReferencedSeries("1.1", "1.2", sops, SopClasses.CT_IMAGE);
        sops.add("1.4");
        assertThat(series.sopInstanceUids()).containsExactly("1.3");
    }

    @Test
    void tagRowNeedsElementAndName() {
        assertThatThrownBy(() -> new TagRow(null, "Modality", "CT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element");
        assertThatThrownBy(() -> new TagRow("(0008,0060)", null, "CT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(new TagRow("(0008,0060)", "Modality", null).data()).isNull();
    }

    private static void expectError(UnaryOperator<InstanceSpec.Builder> change, String... keywords) {
        InstanceSpec.Builder builder = change.apply(TestSpecs.full("CT"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    for (String keyword : keywords) {
                        assertThat(e.getMessage()).contains(keyword);
                    }
                });
    }
}
