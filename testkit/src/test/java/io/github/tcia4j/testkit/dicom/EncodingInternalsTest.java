package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The package-private pieces: value formats, the data set builder and the dictionary. */
class EncodingInternalsTest {

    @Test
    void decimalStringsFitSixteenCharacters() {
        assertThat(ValueFormats.decimal(0)).isEqualTo("0");
        assertThat(ValueFormats.decimal(-0.0)).isEqualTo("0");
        assertThat(ValueFormats.decimal(1)).isEqualTo("1");
        assertThat(ValueFormats.decimal(-1024)).isEqualTo("-1024");
        assertThat(ValueFormats.decimal(0.703125)).isEqualTo("0.703125");
        assertThat(ValueFormats.decimal(-179.6484375)).isEqualTo("-179.6484375");
        assertThat(ValueFormats.decimal(1.0 / 3)).isEqualTo("0.33333333333333").hasSize(16);
        assertThat(ValueFormats.decimal(-1.0 / 3)).isEqualTo("-0.3333333333333").hasSize(16);
        assertThat(ValueFormats.decimal(1e20)).isEqualTo("1E+20");
        assertThat(ValueFormats.decimal(1.234e-30)).isEqualTo("1.234E-30");
        assertThatThrownBy(() -> ValueFormats.decimal(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> ValueFormats.decimal(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndDerivedTimes() {
        assertThat(ValueFormats.date(LocalDate.of(987, 6, 5))).isEqualTo("09870605");
        String time = ValueFormats.derivedTime("1.2.3");
        assertThat(time).matches("(0[7-9]|1[0-8])[0-5][0-9][0-5][0-9]").isEqualTo(ValueFormats.derivedTime("1.2.3"));
    }

    @Test
    void builderPadsValuesByVr() {
        DataSet set = new DataSetBuilder()
                .text(0x0008_0018, "1.2.3")
                .text(0x0008_0060, "SEG")
                .textOrEmpty(0x0010_0010, null)
                .build();
        Element.Simple uid = (Element.Simple) set.elements().get(0);
        Element.Simple modality = (Element.Simple) set.elements().get(1);
        Element.Simple empty = (Element.Simple) set.elements().get(2);

        assertThat(uid.bytes()).containsExactly('1', '.', '2', '.', '3', 0);
        assertThat(modality.bytes()).containsExactly('S', 'E', 'G', ' ');
        assertThat(empty.bytes()).isEmpty();
        assertThat(empty.data()).isEmpty();
        assertThat(set.encodedLength()).isEqualTo(8 + 6 + 8 + 4 + 8);
    }

    @Test
    void builderSortsTagsAndRejectsMistakes() {
        DataSet set = new DataSetBuilder().text(0x0020_000E, "1.2").text(0x0008_0060, "CT").build();
        assertThat(set.elements()).extracting(Element::tag).containsExactly(0x0008_0060, 0x0020_000E);

        assertThatThrownBy(() -> new DataSetBuilder().text(0x0008_0060, "CT").text(0x0008_0060, "MR"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("added twice");
        assertThatThrownBy(() -> new DataSetBuilder().us(0x0008_0060, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not US");
        assertThatThrownBy(() -> new DataSetBuilder().text(0x0009_0010, "private"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(0009,0010)");
        assertThatThrownBy(() -> new DataSetBuilder().text(0x0028_0010, "12"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a text VR");
        assertThatThrownBy(() -> new DataSetBuilder().us(0x0028_0010, 70_000))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not fit");
    }

    @Test
    void longFormHeadersForBinaryAndSequences() {
        assertThat(Vr.OB.headerLength()).isEqualTo(12);
        assertThat(Vr.OW.headerLength()).isEqualTo(12);
        assertThat(Vr.SQ.headerLength()).isEqualTo(12);
        assertThat(Vr.UN.headerLength()).isEqualTo(12);
        assertThat(Vr.UT.headerLength()).isEqualTo(12);
        assertThat(Vr.UC.headerLength()).isEqualTo(12);
        assertThat(Vr.UR.headerLength()).isEqualTo(12);
        assertThat(Vr.CS.headerLength()).isEqualTo(8);
        assertThat(Vr.US.headerLength()).isEqualTo(8);
        assertThat(Vr.UI.padding()).isZero();
        assertThat(Vr.LO.padding()).isEqualTo((byte) ' ');
    }

    @Test
    void dictionaryFormatsTags() {
        assertThat(Dictionary.format(0x7FE0_0010)).isEqualTo("(7FE0,0010)");
        assertThat(Dictionary.entry(0x0008_114A).name()).isEqualTo("Referenced Instance Sequence");
        assertThat(Dictionary.contains(0x0009_0010)).isFalse();
    }
}
