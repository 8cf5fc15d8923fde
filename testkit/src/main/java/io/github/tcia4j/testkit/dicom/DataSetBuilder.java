package io.github.tcia4j.testkit.dicom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Collects the elements of one data set (or sequence item) and encodes their values. Each method
 * checks the VR against the {@link Dictionary}, so an element can only be written with the VR the
 * dictionary gives it. Methods taking a nullable value skip the element when the value is null;
 * the {@code ...OrEmpty} variants write a zero-length value instead (DICOM type 2).
 */
final class DataSetBuilder {

    private final TreeMap<Integer, Element> elements = new TreeMap<>(Integer::compareUnsigned);

    /** A text element with one value; skipped when {@code value} is null. */
    DataSetBuilder text(int tag, String value) {
        return value == null ? this : texts(tag, List.of(value));
    }

    /** A text element with one value, or empty when {@code value} is null. */
    DataSetBuilder textOrEmpty(int tag, String value) {
        return texts(tag, value == null ? List.of() : List.of(value));
    }

    /** A text element with several values, joined with a backslash. */
    DataSetBuilder texts(int tag, List<String> values) {
        Vr vr = Dictionary.entry(tag).vr();
        if (!vr.isText()) {
            throw new IllegalStateException(Dictionary.format(tag) + " is " + vr + ", not a text VR");
        }
        String joined = String.join("\\", values);
        byte[] raw = joined.getBytes(StandardCharsets.UTF_8);
        return put(new Element.Simple(tag, vr, pad(raw, vr.padding()), joined));
    }

    /** A DA element; skipped when {@code date} is null. */
    DataSetBuilder date(int tag, LocalDate date) {
        return date == null ? this : text(tag, ValueFormats.date(date));
    }

    /** A DA element, or empty when {@code date} is null. */
    DataSetBuilder dateOrEmpty(int tag, LocalDate date) {
        return textOrEmpty(tag, date == null ? null : ValueFormats.date(date));
    }

    /** A DS element with one or more values. */
    DataSetBuilder decimals(int tag, double... values) {
        requireVr(tag, Vr.DS);
        List<String> texts = new ArrayList<>(values.length);
        for (double value : values) {
            texts.add(ValueFormats.decimal(value));
        }
        return texts(tag, texts);
    }

    /** A DS element with one value; skipped when {@code value} is null. */
    DataSetBuilder decimal(int tag, Double value) {
        return value == null ? this : decimals(tag, value);
    }

    /** An IS element with one or more values. */
    DataSetBuilder integers(int tag, int... values) {
        requireVr(tag, Vr.IS);
        List<String> texts = new ArrayList<>(values.length);
        for (int value : values) {
            texts.add(Integer.toString(value));
        }
        return texts(tag, texts);
    }

    /** An IS element with one value; skipped when {@code value} is null. */
    DataSetBuilder integer(int tag, Integer value) {
        return value == null ? this : integers(tag, value);
    }

    /** An IS element with one value, or empty when {@code value} is null. */
    DataSetBuilder integerOrEmpty(int tag, Integer value) {
        requireVr(tag, Vr.IS);
        return textOrEmpty(tag, value == null ? null : value.toString());
    }

    /** A US element. */
    DataSetBuilder us(int tag, int value) {
        requireVr(tag, Vr.US);
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalStateException(value + " does not fit US " + Dictionary.format(tag));
        }
        return put(new Element.Simple(tag, Vr.US, new byte[] {(byte) value, (byte) (value >>> 8)},
                Integer.toString(value)));
    }

    /** An SS element. */
    DataSetBuilder ss(int tag, int value) {
        requireVr(tag, Vr.SS);
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalStateException(value + " does not fit SS " + Dictionary.format(tag));
        }
        return put(new Element.Simple(tag, Vr.SS, new byte[] {(byte) value, (byte) (value >>> 8)},
                Integer.toString(value)));
    }

    /** A UL element with one or more values. */
    DataSetBuilder ul(int tag, long... values) {
        requireVr(tag, Vr.UL);
        byte[] bytes = new byte[values.length * 4];
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            long value = values[i];
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalStateException(value + " does not fit UL " + Dictionary.format(tag));
            }
            putInt(bytes, i * 4, (int) value);
            data.append(i == 0 ? "" : "\\").append(value);
        }
        return put(new Element.Simple(tag, Vr.UL, bytes, data.toString()));
    }

    /** An AT element pointing at {@code pointer}; its row shows the pointer as {@code (GGGG,EEEE)}. */
    DataSetBuilder at(int tag, int pointer) {
        requireVr(tag, Vr.AT);
        byte[] bytes = new byte[4];
        bytes[0] = (byte) (pointer >>> 16);
        bytes[1] = (byte) (pointer >>> 24);
        bytes[2] = (byte) pointer;
        bytes[3] = (byte) (pointer >>> 8);
        return put(new Element.Simple(tag, Vr.AT, bytes, Dictionary.format(pointer)));
    }

    /** An OB element holding {@code value} (padded with NUL to even length). */
    DataSetBuilder bytes(int tag, byte[] value) {
        requireVr(tag, Vr.OB);
        return put(new Element.Simple(tag, Vr.OB, pad(value, (byte) 0), binaryData(tag)));
    }

    /** A sequence of the given items. */
    DataSetBuilder sequence(int tag, List<DataSet> items) {
        requireVr(tag, Vr.SQ);
        return put(new Element.Sequence(tag, items));
    }

    /** A sequence of the given items. */
    DataSetBuilder sequence(int tag, DataSet... items) {
        return sequence(tag, Arrays.asList(items));
    }

    /** A bulk OB/OW element written by {@code source}. */
    DataSetBuilder bulk(int tag, Vr vr, long length, Element.BulkSource source) {
        Vr expected = Dictionary.entry(tag).vr();
        if (!expected.isBinary() || !vr.isBinary()) {
            throw new IllegalStateException(Dictionary.format(tag) + " cannot hold bulk data as " + vr);
        }
        return put(new Element.Bulk(tag, vr, length, source));
    }

    /** The data set, elements in ascending tag order. */
    DataSet build() {
        return new DataSet(new ArrayList<>(elements.values()));
    }

    /** The {@code getDicomTags} text of a binary value: {@code "..."} for groups 6000 and up, else none. */
    static String binaryData(int tag) {
        return Integer.compareUnsigned(tag >>> 16, 0x6000) >= 0 ? "..." : null;
    }

    private DataSetBuilder put(Element element) {
        if (elements.putIfAbsent(element.tag(), element) != null) {
            throw new IllegalStateException("element " + Dictionary.format(element.tag()) + " added twice");
        }
        return this;
    }

    private static void requireVr(int tag, Vr vr) {
        Vr actual = Dictionary.entry(tag).vr();
        if (actual != vr) {
            throw new IllegalStateException(Dictionary.format(tag) + " is " + actual + ", not " + vr);
        }
    }

    private static byte[] pad(byte[] raw, byte padding) {
        if ((raw.length & 1) == 0) {
            return raw;
        }
        byte[] padded = Arrays.copyOf(raw, raw.length + 1);
        padded[raw.length] = padding;
        return padded;
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) value;
        target[offset + 1] = (byte) (value >>> 8);
        target[offset + 2] = (byte) (value >>> 16);
        target[offset + 3] = (byte) (value >>> 24);
    }
}
