package io.github.tcia4j.testkit.dicom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete DICOM Part-10 file as an element tree: the file meta group and the data set. It is the
 * single source of truth for {@link #size()}, {@link #writeTo(OutputStream)} and {@link #rows()}.
 *
 * @param meta the file meta information group (0002), including its group length
 * @param body the data set
 */
record Part10File(DataSet meta, DataSet body) {

    /** Explicit VR Little Endian. */
    static final String TRANSFER_SYNTAX = "1.2.840.10008.1.2.1";
    /** Implementation Class UID written in the file meta group. */
    static final String IMPLEMENTATION_CLASS_UID = DicomUids.derive("io.github.tcia4j.testkit", "SyntheticDicom");
    /** Implementation Version Name written in the file meta group (SH, at most 16 characters). */
    static final String IMPLEMENTATION_VERSION = "TCIA4J_TESTKIT_1";

    private static final int PREAMBLE_LENGTH = 128;
    private static final byte[] MAGIC = "DICM".getBytes(StandardCharsets.US_ASCII);

    /** Builds the file meta group for the data set {@code body} and returns the whole file. */
    static Part10File of(String sopClassUid, String sopInstanceUid, DataSet body) {
        DataSet group = new DataSetBuilder()
                .bytes(0x0002_0001, new byte[] {0, 1})
                .text(0x0002_0002, sopClassUid)
                .text(0x0002_0003, sopInstanceUid)
                .text(0x0002_0010, TRANSFER_SYNTAX)
                .text(0x0002_0012, IMPLEMENTATION_CLASS_UID)
                .text(0x0002_0013, IMPLEMENTATION_VERSION)
                .build();
        List<Element> meta = new ArrayList<>();
        meta.add(new DataSetBuilder().ul(0x0002_0000, group.encodedLength()).build().elements().get(0));
        meta.addAll(group.elements());
        return new Part10File(new DataSet(meta), body);
    }

    /** The exact length of the file in bytes. */
    long size() {
        return PREAMBLE_LENGTH + MAGIC.length + meta.encodedLength() + body.encodedLength();
    }

    /**
     * Writes the file. Bulk values are produced while writing; the underlying stream is neither
     * flushed nor closed.
     */
    void writeTo(OutputStream out) throws IOException {
        DicomOutput output = new DicomOutput(out);
        output.zeros(PREAMBLE_LENGTH);
        output.bytes(MAGIC);
        write(meta, output);
        write(body, output);
        output.drain();
        if (output.count() != size()) {
            throw new IllegalStateException("wrote " + output.count() + " bytes but computed " + size());
        }
    }

    /** The {@code getDicomTags} rows of this file: meta group first, then the data set. */
    List<TagRow> rows() {
        List<TagRow> rows = new ArrayList<>();
        addRows(meta, "", rows);
        addRows(body, "", rows);
        return List.copyOf(rows);
    }

    private static void write(DataSet dataSet, DicomOutput out) throws IOException {
        for (Element element : dataSet.elements()) {
            out.header(element.tag(), element.vr(), element.valueLength());
            if (element instanceof Element.Simple simple) {
                out.bytes(simple.bytes());
            } else if (element instanceof Element.Sequence sequence) {
                for (DataSet item : sequence.items()) {
                    out.itemHeader(item.encodedLength());
                    write(item, out);
                }
            } else if (element instanceof Element.Bulk bulk) {
                long start = out.count();
                bulk.source().writeTo(out);
                long written = out.count() - start;
                if (written != bulk.valueLength()) {
                    throw new IllegalStateException("bulk value " + Dictionary.format(bulk.tag()) + " wrote "
                            + written + " bytes, expected " + bulk.valueLength());
                }
            }
        }
    }

    private static void addRows(DataSet dataSet, String prefix, List<TagRow> rows) {
        for (Element element : dataSet.elements()) {
            String tag = prefix + Dictionary.format(element.tag());
            String name = Dictionary.entry(element.tag()).name();
            if (element instanceof Element.Sequence sequence) {
                rows.add(new TagRow(tag, name, null));
                for (DataSet item : sequence.items()) {
                    addRows(item, prefix + ">", rows);
                }
                rows.add(new TagRow(tag, "End " + name, null));
            } else if (element instanceof Element.Simple simple) {
                rows.add(new TagRow(tag, name, simple.data()));
            } else {
                rows.add(new TagRow(tag, name, DataSetBuilder.binaryData(element.tag())));
            }
        }
    }
}
