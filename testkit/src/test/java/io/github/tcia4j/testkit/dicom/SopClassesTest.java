package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SopClassesTest {

    @Test
    void modalitiesMapToTheirStorageClasses() {
        assertThat(SopClasses.forModality("CT")).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(SopClasses.forModality("MR")).isEqualTo("1.2.840.10008.5.1.4.1.1.4");
        assertThat(SopClasses.forModality("PT")).isEqualTo("1.2.840.10008.5.1.4.1.1.128");
        assertThat(SopClasses.forModality("CR")).isEqualTo("1.2.840.10008.5.1.4.1.1.1");
        assertThat(SopClasses.forModality("DX")).isEqualTo("1.2.840.10008.5.1.4.1.1.1.1");
        assertThat(SopClasses.forModality("SEG")).isEqualTo("1.2.840.10008.5.1.4.1.1.66.4");
        assertThat(SopClasses.forModality("RTSTRUCT")).isEqualTo("1.2.840.10008.5.1.4.1.1.481.3");
    }

    @Test
    void otherModalitiesFallBackToSecondaryCapture() {
        for (String modality : new String[] {"MG", "US", "OT", "XA", "SM"}) {
            assertThat(SopClasses.forModality(modality)).as(modality).isEqualTo("1.2.840.10008.5.1.4.1.1.7");
        }
    }

    @Test
    void caseAndSpacesAreIgnored() {
        assertThat(SopClasses.forModality(" ct ")).isEqualTo(SopClasses.CT_IMAGE);
        assertThat(SopClasses.forModality("rtstruct")).isEqualTo(SopClasses.RT_STRUCTURE_SET);
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> SopClasses.forModality(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modality");
    }
}
