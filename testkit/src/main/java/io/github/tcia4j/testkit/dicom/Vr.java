package io.github.tcia4j.testkit.dicom;

/**
 * The DICOM value representations this encoder writes (PS3.5 section 6.2), with the two facts the
 * Explicit VR Little Endian encoding needs: the length form and the padding byte.
 */
enum Vr {
    AE(false, ' ', true),
    AS(false, ' ', true),
    AT(false, 0, false),
    CS(false, ' ', true),
    DA(false, ' ', true),
    DS(false, ' ', true),
    IS(false, ' ', true),
    LO(false, ' ', true),
    LT(false, ' ', true),
    OB(true, 0, false),
    OW(true, 0, false),
    PN(false, ' ', true),
    SH(false, ' ', true),
    SQ(true, 0, false),
    SS(false, 0, false),
    ST(false, ' ', true),
    TM(false, ' ', true),
    UC(true, ' ', true),
    UI(false, 0, true),
    UL(false, 0, false),
    UN(true, 0, false),
    UR(true, ' ', true),
    US(false, 0, false),
    UT(true, ' ', true);

    private final boolean longLength;
    private final byte padding;
    private final boolean text;

    Vr(boolean longLength, int padding, boolean text) {
        this.longLength = longLength;
        this.padding = (byte) padding;
        this.text = text;
    }

    /** True when the header has two reserved bytes and a 4-byte length (OB, OW, SQ, UN, UT, UC, UR). */
    boolean longLength() {
        return longLength;
    }

    /** Bytes of an element header with this VR: 12 for the long form, 8 otherwise. */
    int headerLength() {
        return longLength ? 12 : 8;
    }

    /** The largest value length the header can carry. */
    long maxValueLength() {
        return longLength ? 0xFFFF_FFFEL : 0xFFFEL;
    }

    /** The byte appended to an odd-length value: NUL for UI and binary VRs, space for text. */
    byte padding() {
        return padding;
    }

    /** True for the character-string VRs. */
    boolean isText() {
        return text;
    }

    /** True for VRs whose value is opaque bytes (OB, OW, UN). */
    boolean isBinary() {
        return this == OB || this == OW || this == UN;
    }
}
