package io.github.tcia4j.testkit.dicom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Synthetic 16-bit grey-scale pixel data, generated one row at a time.
 *
 * <p>The picture is one slice of a volume fixed by the seed: an elliptical body of soft tissue
 * with a gentle intensity gradient, surrounded by air, containing spheres of other intensities
 * (fat-like, organ-like, bone-like) whose cross-sections grow and shrink from slice to slice, plus
 * uniform noise of 16 levels from an xorshift generator. The volume repeats every
 * {@value #PERIOD} slices. Stored values lie between 0 and 4095; for CT (rescale intercept
 * -1024) air is near -1000 HU and soft tissue near 40 HU. DEFLATE shrinks such slices to roughly
 * half their size, like real CT.
 *
 * <p>Generation costs a few integer operations per pixel and holds only one row in memory.
 * Writing is repeatable: every call of {@link #writeTo(DicomOutput)} produces the same bytes.
 */
final class ImagePixels implements Element.BulkSource {

    /** Slices after which the synthetic volume repeats. */
    static final int PERIOD = 48;

    private static final int AIR = 24;
    private static final int TISSUE = 1064;
    private static final int MAX_VALUE = 4095;
    private static final int SPHERES = 6;
    private static final int NOISE_MASK = 15;
    private static final int NOISE_OFFSET = 8;

    private final int rows;
    private final int columns;
    private final long noiseSeed;
    private final double bodyCenterX;
    private final double bodyCenterY;
    private final double bodyHalfWidth;
    private final double bodyHalfHeight;
    private final int gradientX;
    private final int gradientY;
    private final List<Disc> discs;

    /** A sphere's cross-section in this slice. */
    private record Disc(double centerX, double centerY, double radius, int delta) { }

    ImagePixels(int rows, int columns, long seed, int instanceNumber) {
        this.rows = rows;
        this.columns = columns;
        SplitMix scene = new SplitMix(seed);
        int slice = Math.floorMod(instanceNumber, PERIOD);
        double breathing = 1 + 0.03 * StrictMath.sin(2 * Math.PI * slice / PERIOD);
        bodyCenterX = columns * (0.5 + 0.04 * (scene.unit() - 0.5));
        bodyCenterY = rows * (0.5 + 0.04 * (scene.unit() - 0.5));
        bodyHalfWidth = columns * (0.40 + 0.05 * scene.unit()) * breathing;
        bodyHalfHeight = rows * (0.32 + 0.06 * scene.unit()) * breathing;
        // gradients in 1/65536 of a grey level per pixel: about 80 levels across the body
        gradientX = (int) ((scene.unit() - 0.5) * 160 * 65536 / Math.max(1, columns));
        gradientY = (int) ((scene.unit() - 0.5) * 160 * 65536 / Math.max(1, rows));
        List<Disc> visible = new ArrayList<>();
        int size = Math.min(rows, columns);
        for (int i = 0; i < SPHERES; i++) {
            double angle = 2 * Math.PI * scene.unit();
            double distance = 0.55 * scene.unit();
            double centerX = bodyCenterX + StrictMath.cos(angle) * distance * bodyHalfWidth;
            double centerY = bodyCenterY + StrictMath.sin(angle) * distance * bodyHalfHeight;
            double radius = size * (0.04 + 0.08 * scene.unit());
            double centerSlice = PERIOD * scene.unit();
            double halfDepth = 6 + 10 * scene.unit();
            int delta = (int) (-300 + 1200 * scene.unit());
            double dz = Math.abs(slice - centerSlice);
            dz = Math.min(dz, PERIOD - dz);
            if (dz < halfDepth) {
                double shrink = Math.sqrt(1 - (dz / halfDepth) * (dz / halfDepth));
                visible.add(new Disc(centerX, centerY, radius * shrink, delta));
            }
        }
        discs = List.copyOf(visible);
        noiseSeed = new SplitMix(seed ^ (0x9E37_79B9_7F4A_7C15L * instanceNumber)).next() | 1;
    }

    /** Bytes of the pixel data: two per pixel. */
    static long length(int rows, int columns) {
        return 2L * rows * columns;
    }

    /** The largest stored value. */
    static int maxValue() {
        return MAX_VALUE;
    }

    @Override
    public void writeTo(DicomOutput out) throws IOException {
        int[] line = new int[columns];
        byte[] bytes = new byte[columns * 2];
        long noise = noiseSeed;
        for (int y = 0; y < rows; y++) {
            fillRow(y, line);
            for (int x = 0; x < columns; x++) {
                if ((x & 3) == 0) {
                    noise ^= noise << 13;
                    noise ^= noise >>> 7;
                    noise ^= noise << 17;
                }
                int value = line[x] + (int) ((noise >>> ((x & 3) << 4)) & NOISE_MASK) - NOISE_OFFSET;
                value = Math.max(0, Math.min(MAX_VALUE, value));
                bytes[2 * x] = (byte) value;
                bytes[2 * x + 1] = (byte) (value >>> 8);
            }
            out.bytes(bytes);
        }
    }

    private void fillRow(int y, int[] line) {
        Arrays.fill(line, AIR);
        double dy = (y - bodyCenterY) / bodyHalfHeight;
        if (Math.abs(dy) >= 1) {
            return;
        }
        double half = bodyHalfWidth * Math.sqrt(1 - dy * dy);
        int from = Math.max(0, (int) Math.ceil(bodyCenterX - half));
        int to = Math.min(columns, (int) Math.floor(bodyCenterX + half) + 1);
        long level = ((long) TISSUE << 16) + (long) gradientY * (y - (int) bodyCenterY)
                + (long) gradientX * (from - (int) bodyCenterX);
        for (int x = from; x < to; x++) {
            line[x] = (int) (level >> 16);
            level += gradientX;
        }
        for (Disc disc : discs) {
            double ry = y - disc.centerY;
            if (Math.abs(ry) >= disc.radius) {
                continue;
            }
            double reach = Math.sqrt(disc.radius * disc.radius - ry * ry);
            int start = Math.max(from, (int) Math.ceil(disc.centerX - reach));
            int end = Math.min(to, (int) Math.floor(disc.centerX + reach) + 1);
            for (int x = start; x < end; x++) {
                line[x] += disc.delta;
            }
        }
    }

    /** SplitMix64 (Steele, Lea and Flood): a tiny, well-mixed generator for the scene parameters. */
    static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            state = seed;
        }

        long next() {
            long z = state += 0x9E37_79B9_7F4A_7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
            return z ^ (z >>> 31);
        }

        /** A double in [0, 1). */
        double unit() {
            return (next() >>> 11) * 0x1.0p-53;
        }
    }
}
