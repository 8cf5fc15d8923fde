package io.github.tcia4j.testkit.dicom;

import java.io.IOException;
import java.util.List;

/**
 * One encoded data element. The three kinds cover everything this encoder writes: a short value
 * held as bytes, a sequence of item data sets, and a bulk value (pixel data) streamed on demand.
 * Lengths are known without producing the bulk bytes, which is what makes
 * {@link SyntheticDicom#size(InstanceSpec)} cheap.
 */
sealed interface Element permits Element.Simple, Element.Sequence, Element.Bulk {

    /** The tag as {@code (group << 16) | element}. */
    int tag();

    /** The value representation written in the header. */
    Vr vr();

    /** The value length written in the header (even). */
    long valueLength();

    /** Header plus value: the bytes this element occupies in the file. */
    default long encodedLength() {
        return vr().headerLength() + valueLength();
    }

    /**
     * A value small enough to hold in memory.
     *
     * @param tag the tag
     * @param vr the value representation
     * @param bytes the value, already padded to even length
     * @param data the value as a {@code getDicomTags} row shows it; {@code null} when it has no text form
     */
    record Simple(int tag, Vr vr, byte[] bytes, String data) implements Element {
        public Simple {
            if ((bytes.length & 1) != 0 || bytes.length > vr.maxValueLength()) {
                throw new IllegalStateException("bad value length " + bytes.length + " for "
                        + Dictionary.format(tag) + " " + vr);
            }
        }

        @Override
        public long valueLength() {
            return bytes.length;
        }
    }

    /**
     * A sequence with defined length; each item is a data set.
     *
     * @param tag the tag
     * @param items the items in order, possibly none
     * @param valueLength the sum over the items of 8 (item header) plus the item's length
     */
    record Sequence(int tag, List<DataSet> items, long valueLength) implements Element {
        public Sequence {
            items = List.copyOf(items);
            if (valueLength > Vr.SQ.maxValueLength()) {
                throw new IllegalStateException("sequence " + Dictionary.format(tag) + " is too long");
            }
        }

        /** A sequence whose length is computed from its items. */
        public Sequence(int tag, List<DataSet> items) {
            this(tag, items, items.stream().mapToLong(item -> 8 + item.encodedLength()).sum());
        }

        @Override
        public Vr vr() {
            return Vr.SQ;
        }
    }

    /**
     * A value produced while writing, such as pixel data.
     *
     * @param tag the tag
     * @param vr OB or OW
     * @param valueLength the exact number of bytes {@code source} writes (even)
     * @param source writes the value
     */
    record Bulk(int tag, Vr vr, long valueLength, BulkSource source) implements Element {
        public Bulk {
            if ((valueLength & 1) != 0 || valueLength > vr.maxValueLength() || !vr.isBinary()) {
                throw new IllegalStateException("bad bulk value " + valueLength + " " + vr + " for "
                        + Dictionary.format(tag));
            }
        }
    }

    /** Writes the bytes of a bulk value. */
    @FunctionalInterface
    interface BulkSource {
        /**
         * Writes the whole value.
         *
         * @param out where to write
         * @throws IOException when writing fails
         */
        void writeTo(DicomOutput out) throws IOException;
    }
}
