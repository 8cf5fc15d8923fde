package io.github.tcia4j.testkit.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes synthetic DICOM Part-10 files described by an {@link InstanceSpec}, and the
 * {@code getDicomTags} rows NBIA would show for them.
 *
 * <p>All methods work from the same element tree, built from the spec on each call, so the
 * size, the bytes and the rows always agree. The output is a deterministic function of the spec:
 * the same spec gives byte-identical files. See the {@linkplain io.github.tcia4j.testkit.dicom
 * package description} for what the files contain.
 *
 * <p>Thread-safe: the class holds no state.
 */
public final class SyntheticDicom {

    /** Transfer Syntax UID of every file: Explicit VR Little Endian. */
    public static final String TRANSFER_SYNTAX_UID = Part10File.TRANSFER_SYNTAX;

    /** The largest file {@link #toBytes(InstanceSpec)} returns: 64 MiB. */
    public static final long MAX_IN_MEMORY_BYTES = 64L * 1024 * 1024;

    private SyntheticDicom() {
    }

    /**
     * The exact number of bytes {@link #write(InstanceSpec, OutputStream)} produces for
     * {@code spec}, computed without generating pixel data.
     *
     * @param spec the instance
     * @return the file length in bytes
     * @throws IllegalArgumentException when {@code spec} is null
     */
    public static long size(InstanceSpec spec) {
        return file(spec).size();
    }

    /**
     * Writes the Part-10 file of {@code spec} to {@code out}. Pixel data is generated row by row
     * while writing, so memory use does not grow with the image size. The stream is neither
     * flushed nor closed.
     *
     * @param spec the instance
     * @param out where the file goes
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when {@code spec} or {@code out} is null
     */
    public static void write(InstanceSpec spec, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out is null; pass the stream the DICOM file should go to");
        }
        file(spec).writeTo(out);
    }

    /**
     * The Part-10 file of {@code spec} as a byte array, for small instances.
     *
     * @param spec the instance
     * @return the file's bytes
     * @throws IllegalArgumentException when {@code spec} is null or the file would be larger than
     *     {@link #MAX_IN_MEMORY_BYTES}; use {@link #write(InstanceSpec, OutputStream)} then
     */
    public static byte[] toBytes(InstanceSpec spec) {
        Part10File file = file(spec);
        long size = file.size();
        if (size > MAX_IN_MEMORY_BYTES) {
            throw new IllegalArgumentException("the DICOM file of " + spec.sopInstanceUid() + " has " + size
                    + " bytes, more than the " + MAX_IN_MEMORY_BYTES + " toBytes keeps in memory;"
                    + " stream it with SyntheticDicom.write instead");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        try {
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The rows NBIA's {@code getDicomTags} returns for this file: the file meta group first, then
     * the data set in tag order, with sequences opened by a row of their own, their items' elements
     * prefixed by one {@code >} per level, and a closing {@code End <name>} row.
     *
     * @param spec the instance
     * @return the rows, in order; an unmodifiable list
     * @throws IllegalArgumentException when {@code spec} is null
     */
    public static List<TagRow> tagRows(InstanceSpec spec) {
        return file(spec).rows();
    }

    /**
     * The MD5 digest of the file of {@code spec} as 32 lower-case hex digits, the form NBIA uses in
     * {@code getMD5HashForImage} and {@code md5hashes.csv}. The file is generated (streamed through
     * the digest, not kept in memory), so this costs as much as {@link #write(InstanceSpec, OutputStream)}.
     *
     * @param spec the instance
     * @return the hex MD5 of the file
     * @throws IllegalArgumentException when {@code spec} is null
     */
    public static String md5Hex(InstanceSpec spec) {
        Part10File file = file(spec);
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which every Java platform must provide", e);
        }
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md5)) {
            file.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("hashing in memory failed", e);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static Part10File file(InstanceSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec is null; build one with InstanceSpec.builder()");
        }
        return InstanceFiles.build(spec);
    }
}
