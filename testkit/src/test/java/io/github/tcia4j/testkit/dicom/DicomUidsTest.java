package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DicomUidsTest {

    @Test
    void deriveIsStableValidAndShort() {
        String uid = DicomUids.derive("collection", "patient", "study");

        assertThat(uid).isEqualTo(DicomUids.derive("collection", "patient", "study"));
        assertThat(uid).startsWith("2.25.").hasSizeLessThanOrEqualTo(44);
        assertThat(DicomUids.isValid(uid)).isTrue();
    }

    @Test
    void deriveSeparatesParts() {
        assertThat(DicomUids.derive("ab", "c")).isNotEqualTo(DicomUids.derive("a", "bc"));
        assertThat(DicomUids.derive("a")).isNotEqualTo(DicomUids.derive("a", ""));
        Set<String> uids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String uid = DicomUids.derive("series", Integer.toString(i));
            assertThat(DicomUids.isValid(uid)).as(uid).isTrue();
            uids.add(uid);
        }
        assertThat(uids).hasSize(10_000);
    }

    @Test
    void deriveRejectsMissingParts() {
        assertThatThrownBy(DicomUids::derive).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one part");
        assertThatThrownBy(() -> DicomUids.derive((String[]) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomUids.derive("a", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 1");
    }

    @Test
    void syntaxCheck() {
        assertThat(DicomUids.isValid("1.2.840.10008.1.2.1")).isTrue();
        assertThat(DicomUids.isValid("0")).isTrue();
        assertThat(DicomUids.isValid("1.0.3")).isTrue();
        assertThat(DicomUids.isValid("1." + "2".repeat(62))).isTrue();
        assertThat(DicomUids.isValid("1." + "2".repeat(63))).isFalse();
        assertThat(DicomUids.isValid(null)).isFalse();
        assertThat(DicomUids.isValid("")).isFalse();
        assertThat(DicomUids.isValid("1.2.")).isFalse();
        assertThat(DicomUids.isValid(".1")).isFalse();
        assertThat(DicomUids.isValid("1.02")).isFalse();
        assertThat(DicomUids.isValid("1.2a")).isFalse();
        assertThat(DicomUids.isValid("1-2")).isFalse();
    }

    @Test
    void requireValidNamesTheValue() {
        assertThat(DicomUids.requireValid("1.2.3", "x")).isEqualTo("1.2.3");
        assertThatThrownBy(() -> DicomUids.requireValid("1.2.x", "seriesUid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seriesUid '1.2.x' contains 'x'")
                .hasMessageContaining("DicomUids.derive");
    }
}
