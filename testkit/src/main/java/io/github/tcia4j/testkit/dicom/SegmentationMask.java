package io.github.tcia4j.testkit.dicom;

import java.io.IOException;

/**
 * A 1-bit BINARY segmentation frame: an ellipse placed by the seed, packed eight pixels per byte
 * with the first pixel in the lowest bit (PS3.5 section 8.1.1), rows running on without padding,
 * and a NUL byte appended when the byte count is odd.
 */
final class SegmentationMask implements Element.BulkSource {

    private final int rows;
    private final int columns;
    private final double centerX;
    private final double centerY;
    private final double halfWidth;
    private final double halfHeight;

    SegmentationMask(int rows, int columns, long seed) {
        this.rows = rows;
        this.columns = columns;
        ImagePixels.SplitMix random = new ImagePixels.SplitMix(seed);
        centerX = columns * (0.35 + 0.3 * random.unit());
        centerY = rows * (0.35 + 0.3 * random.unit());
        halfWidth = Math.max(0.5, columns * (0.08 + 0.12 * random.unit()));
        halfHeight = Math.max(0.5, rows * (0.08 + 0.12 * random.unit()));
    }

    /** Bytes of the pixel data: one bit per pixel, rounded up to an even number of bytes. */
    static long length(int rows, int columns) {
        long bytes = ((long) rows * columns + 7) / 8;
        return bytes + (bytes & 1);
    }

    @Override
    public void writeTo(DicomOutput out) throws IOException {
        byte[] chunk = new byte[8192];
        int used = 0;
        int current = 0;
        int bit = 0;
        long written = 0;
        for (int y = 0; y < rows; y++) {
            double dy = (y - centerY) / halfHeight;
            int from = 0;
            int to = 0;
            if (Math.abs(dy) < 1) {
                double half = halfWidth * Math.sqrt(1 - dy * dy);
                from = Math.max(0, (int) Math.ceil(centerX - half));
                to = Math.min(columns, (int) Math.floor(centerX + half) + 1);
            }
            for (int x = 0; x < columns; x++) {
                if (x >= from && x < to) {
                    current |= 1 << bit;
                }
                if (++bit == 8) {
                    chunk[used++] = (byte) current;
                    current = 0;
                    bit = 0;
                    if (used == chunk.length) {
                        out.bytes(chunk, 0, used);
                        written += used;
                        used = 0;
                    }
                }
            }
        }
        if (bit > 0) {
            chunk[used++] = (byte) current;
        }
        out.bytes(chunk, 0, used);
        written += used;
        if ((written & 1) != 0) {
            out.zeros(1);
        }
    }
}
