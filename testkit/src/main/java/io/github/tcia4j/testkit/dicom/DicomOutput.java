package io.github.tcia4j.testkit.dicom;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A little-endian byte writer with its own 64 KiB buffer, counting what it wrote. It never flushes
 * or closes the underlying stream; {@link #drain()} hands the buffered bytes over.
 */
final class DicomOutput {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private long count;

    DicomOutput(OutputStream out) {
        this.out = out;
    }

    /** Bytes written so far, buffered or not. */
    long count() {
        return count;
    }

    void u16(int value) throws IOException {
        ensure(2);
        buffer[position++] = (byte) value;
        buffer[position++] = (byte) (value >>> 8);
        count += 2;
    }

    void u32(long value) throws IOException {
        ensure(4);
        buffer[position++] = (byte) value;
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 24);
        count += 4;
    }

    void bytes(byte[] source) throws IOException {
        bytes(source, 0, source.length);
    }

    void bytes(byte[] source, int offset, int length) throws IOException {
        if (length >= BUFFER_SIZE) {
            drain();
            out.write(source, offset, length);
        } else {
            ensure(length);
            System.arraycopy(source, offset, buffer, position, length);
            position += length;
        }
        count += length;
    }

    void zeros(int length) throws IOException {
        int left = length;
        while (left > 0) {
            ensure(1);
            int n = Math.min(left, BUFFER_SIZE - position);
            Arrays.fill(buffer, position, position + n, (byte) 0);
            position += n;
            left -= n;
        }
        count += length;
    }

    /** Writes an element header in Explicit VR Little Endian. */
    void header(int tag, Vr vr, long valueLength) throws IOException {
        u16(tag >>> 16);
        u16(tag & 0xFFFF);
        ensure(2);
        buffer[position++] = (byte) vr.name().charAt(0);
        buffer[position++] = (byte) vr.name().charAt(1);
        count += 2;
        if (vr.longLength()) {
            u16(0);
            u32(valueLength);
        } else {
            u16((int) valueLength);
        }
    }

    /** Writes an item header (FFFE,E000) with a defined length. */
    void itemHeader(long length) throws IOException {
        u16(0xFFFE);
        u16(0xE000);
        u32(length);
    }

    /** Passes the buffered bytes to the underlying stream. */
    void drain() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void ensure(int room) throws IOException {
        if (BUFFER_SIZE - position < room) {
            drain();
        }
    }
}
