package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticDicomTest {

    @Test
    void fileMetaGroupIsCompleteAndExplicitLittleEndian() {
        InstanceSpec spec = TestSpecs.ct();
        Part10Reader.Parsed file = Part10Reader.parse(SyntheticDicom.toBytes(spec));

        assertThat(file.meta()).extracting(Part10Reader.Node::tag).containsExactly(
                0x0002_0000, 0x0002_0001, 0x0002_0002, 0x0002_0003, 0x0002_0010, 0x0002_0012, 0x0002_0013);
        assertThat(file.meta(0x0002_0001).value()).containsExactly(0, 1);
        assertThat(file.meta(0x0002_0002).text()).isEqualTo(SopClasses.CT_IMAGE);
        assertThat(file.meta(0x0002_0003).text()).isEqualTo(spec.sopInstanceUid());
        assertThat(file.meta(0x0002_0010).text()).isEqualTo("1.2.840.10008.1.2.1").isEqualTo(SyntheticDicom.TRANSFER_SYNTAX_UID);
        assertThat(DicomUids.isValid(file.meta(0x0002_0012).text())).isTrue();
        assertThat(file.meta(0x0002_0013).text()).isNotBlank().hasSizeLessThanOrEqualTo(16);
        assertThat(file.meta(0x0002_0000).ul()).isEqualTo(file.body().get(0).offset() - 132 - 12);
    }

    @Test
    void ctCarriesEveryRequestedAttribute() {
        InstanceSpec spec = TestSpecs.ct();
        Part10Reader.Parsed file = Part10Reader.parse(SyntheticDicom.toBytes(spec));

        assertThat(file.body(0x0008_0005).text()).isEqualTo("ISO_IR 192");
        assertThat(file.body(0x0008_0016).text()).isEqualTo(SopClasses.CT_IMAGE);
        assertThat(file.body(0x0008_0018).text()).isEqualTo(spec.sopInstanceUid());
        assertThat(file.body(0x0008_0020).text()).isEqualTo("20200304");
        assertThat(file.body(0x0008_0021).text()).isEqualTo("20200305");
        assertThat(file.body(0x0008_0030).text()).matches("(0[7-9]|1[0-8])[0-5][0-9][0-5][0-9]");
        assertThat(file.body(0x0008_0050).text()).isEqualTo("ACC123");
        assertThat(file.body(0x0008_0060).text()).isEqualTo("CT");
        assertThat(file.body(0x0008_0070).text()).isEqualTo("ACME");
        assertThat(file.body(0x0008_0080).text()).isEqualTo("Hospital Ü");
        assertThat(file.body(0x0008_1030).text()).isEqualTo("CT CHEST W CONTRAST");
        assertThat(file.body(0x0008_103E).text()).isEqualTo("Axial 1.25mm");
        assertThat(file.body(0x0008_1090).text()).isEqualTo("Scanner 9000");
        assertThat(file.body(0x0010_0010).text()).isEqualTo("Doe^Jane");
        assertThat(file.body(0x0010_0020).text()).isEqualTo("TCGA-01-0001");
        assertThat(file.body(0x0010_0030).text()).isEqualTo("19700102");
        assertThat(file.body(0x0010_0040).text()).isEqualTo("F");
        assertThat(file.body(0x0010_1010).text()).isEqualTo("045Y");
        assertThat(file.body(0x0018_0015).text()).isEqualTo("CHEST");
        assertThat(file.body(0x0018_0050).text()).isEqualTo("1.25");
        assertThat(file.body(0x0018_1020).text()).isEqualTo("1.0");
        assertThat(file.body(0x0018_1030).text()).isEqualTo("Chest routine");
        assertThat(file.body(0x0020_000D).text()).isEqualTo(TestSpecs.STUDY);
        assertThat(file.body(0x0020_000E).text()).isEqualTo(TestSpecs.SERIES);
        assertThat(file.body(0x0020_0010).text()).isEqualTo("S1");
        assertThat(file.body(0x0020_0011).text()).isEqualTo("3");
        assertThat(file.body(0x0020_0012).text()).isEqualTo("1");
        assertThat(file.body(0x0020_0013).text()).isEqualTo("7");
        assertThat(file.body(0x0020_0052).text()).isEqualTo(TestSpecs.FRAME);
        // 48 columns of 0.8 mm, 64 rows of 0.703125 mm, centred; z = 7 × 1.25
        assertThat(file.body(0x0020_0032).text()).isEqualTo("-18.8\\-22.1484375\\8.75");
        assertThat(file.body(0x0020_0037).text()).isEqualTo("1\\0\\0\\0\\1\\0");
        assertThat(file.body(0x0028_0002).us()).isEqualTo(1);
        assertThat(file.body(0x0028_0004).text()).isEqualTo("MONOCHROME2");
        assertThat(file.body(0x0028_0010).us()).isEqualTo(64);
        assertThat(file.body(0x0028_0011).us()).isEqualTo(48);
        assertThat(file.body(0x0028_0030).text()).isEqualTo("0.703125\\0.8");
        assertThat(file.body(0x0028_0100).us()).isEqualTo(16);
        assertThat(file.body(0x0028_0101).us()).isEqualTo(12);
        assertThat(file.body(0x0028_0102).us()).isEqualTo(11);
        assertThat(file.body(0x0028_0103).us()).isEqualTo(0);
        assertThat(file.body(0x0028_1052).text()).isEqualTo("-1024");
        assertThat(file.body(0x0028_1053).text()).isEqualTo("1");
        Part10Reader.Node pixels = file.body(0x7FE0_0010);
        assertThat(pixels.vr()).isEqualTo("OW");
        assertThat(pixels.length()).isEqualTo(64L * 48 * 2);
        assertThat(file.body().get(file.body().size() - 1)).isSameAs(pixels);
    }

    @Test
    void nullOptionalValuesAreLeftOutOrWrittenEmpty() {
        Part10Reader.Parsed file = Part10Reader.parse(SyntheticDicom.toBytes(TestSpecs.minimal("CT").build()));

        // type 2: present and empty
        for (int tag : new int[] {0x0008_0020, 0x0008_0030, 0x0008_0050, 0x0008_0070, 0x0010_0010, 0x0010_0030,
            0x0010_0040, 0x0020_0010, 0x0020_0011}) {
            assertThat(file.body(tag).length()).as(Part10Reader.tag(tag)).isZero();
        }
        // type 3 or not requested: absent
        for (int tag : new int[] {0x0008_0021, 0x0008_0023, 0x0008_0080, 0x0008_1030, 0x0008_103E, 0x0008_1090,
            0x0010_1010, 0x0018_0015, 0x0018_0050, 0x0018_1020, 0x0018_1030, 0x0020_0012}) {
            assertThat(file.has(tag)).as(Part10Reader.tag(tag)).isFalse();
        }
        // without slice thickness slices are 1 mm apart
        assertThat(file.body(0x0020_0032).text()).endsWith("\\1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CT", "MR", "PT", "CR", "DX", "MG", "US", "OT"})
    void everyImageModalityHasSixteenBitPixelsAndItsSopClass(String modality) {
        InstanceSpec spec = TestSpecs.full(modality).rows(33).columns(17).build();
        Part10Reader.Parsed file = Part10Reader.parse(SyntheticDicom.toBytes(spec));

        assertThat(file.body(0x0008_0016).text()).isEqualTo(SopClasses.forModality(modality));
        assertThat(file.body(0x0008_0060).text()).isEqualTo(modality);
        assertThat(file.body(0x0028_0100).us()).isEqualTo(16);
        int bitsStored = file.body(0x0028_0101).us();
        assertThat(bitsStored).isIn(12, 16);
        assertThat(file.body(0x0028_0102).us()).isEqualTo(bitsStored - 1);
        assertThat(file.body(0x7FE0_0010).length()).isEqualTo(33L * 17 * 2);
        boolean volume = List.of("CT", "MR", "PT").contains(modality);
        assertThat(file.has(0x0020_0032)).isEqualTo(volume);
        assertThat(file.has(0x0020_0037)).isEqualTo(volume);
        assertThat(file.has(0x0020_0020)).isEqualTo(!volume);
        assertThat(file.has(0x0028_1052)).isEqualTo(List.of("CT", "PT", "DX").contains(modality));
        int max = (1 << bitsStored) - 1;
        byte[] pixels = file.body(0x7FE0_0010).value();
        for (int i = 0; i < pixels.length; i += 2) {
            assertThat((pixels[i] & 0xFF) | (pixels[i + 1] & 0xFF) << 8).isBetween(0, max);
        }
    }

    @Test
    void sizeEqualsWrittenLengthForManySpecs() throws IOException {
        Random random = new Random(20240611);
        for (int i = 0; i < 300; i++) {
            InstanceSpec spec = TestSpecs.random(random);
            CountingStream out = new CountingStream();
            SyntheticDicom.write(spec, out);
            byte[] bytes = SyntheticDicom.toBytes(spec);
            assertThat(out.count).as("spec %s", spec).isEqualTo(SyntheticDicom.size(spec)).isEqualTo(bytes.length);
            Part10Reader.Parsed parsed = Part10Reader.parse(bytes);
            assertThat(parsed.length()).isEqualTo(bytes.length);
        }
    }

    @Test
    void sizeIsExactForOddMatricesAndOddLengthStrings() throws IOException {
        for (String modality : List.of("CT", "MR", "PT", "CR", "DX", "OT", "SEG", "RTSTRUCT")) {
            for (int[] matrix : new int[][] {{1, 1}, {1, 7}, {3, 5}, {7, 1}, {255, 127}, {512, 511}}) {
                InstanceSpec.Builder builder = TestSpecs.full(modality).rows(matrix[0]).columns(matrix[1])
                        .patientName("Odd").seriesDescription("Odd length").studyId("S12");
                if (modality.equals("SEG") || modality.equals("RTSTRUCT")) {
                    builder.references(List.of(TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 3)));
                }
                InstanceSpec spec = builder.build();
                CountingStream out = new CountingStream();
                SyntheticDicom.write(spec, out);
                assertThat(out.count).as("%s %dx%d", modality, matrix[0], matrix[1]).isEqualTo(SyntheticDicom.size(spec));
            }
        }
    }

    @Test
    void sameSpecGivesIdenticalBytes() throws Exception {
        for (InstanceSpec spec : List.of(TestSpecs.ct(), TestSpecs.seg(), TestSpecs.rtstruct(),
                TestSpecs.full("MR").rows(200).columns(199).build())) {
            assertThat(md5(spec)).isEqualTo(md5(spec)).isEqualTo(md5(spec.toBuilder().build()));
        }
    }

    @Test
    void md5HexIsTheDigestOfTheWrittenFile() throws Exception {
        InstanceSpec spec = TestSpecs.full("CT").rows(100).columns(101).build();
        assertThat(SyntheticDicom.md5Hex(spec)).isEqualTo(md5(spec)).matches("[0-9a-f]{32}");
        assertThat(SyntheticDicom.md5Hex(spec.toBuilder().instanceNumber(8).build())).isNotEqualTo(md5(spec));
        assertThatThrownBy(() -> SyntheticDicom.md5Hex(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pixelsDependOnSeedAndInstanceNumber() {
        InstanceSpec base = TestSpecs.full("CT").rows(128).columns(128).build();
        byte[] pixels = pixels(base);
        byte[] otherSeed = pixels(base.toBuilder().pixelSeed(43).build());
        byte[] otherInstance = pixels(base.toBuilder().instanceNumber(8).build());
        byte[] same = pixels(base.toBuilder().sopInstanceUid(DicomUids.derive("another", "sop")).build());

        assertThat(otherSeed).isNotEqualTo(pixels);
        assertThat(otherInstance).isNotEqualTo(pixels);
        assertThat(same).isEqualTo(pixels);
    }

    @Test
    void pixelsLookLikeAnImageAndDeflateLikeCt() {
        InstanceSpec spec = TestSpecs.full("CT").rows(512).columns(512).build();
        byte[] pixels = pixels(spec);

        Deflater deflater = new Deflater();
        deflater.setInput(pixels);
        deflater.finish();
        byte[] buffer = new byte[pixels.length + 1024];
        int compressed = 0;
        while (!deflater.finished()) {
            compressed += deflater.deflate(buffer);
        }
        deflater.end();
        double ratio = (double) compressed / pixels.length;
        assertThat(ratio).isBetween(0.30, 0.70);

        // air in the corner (stored ~24 = -1000 HU), soft tissue in the middle (~1064 = 40 HU)
        assertThat(meanAround(pixels, 512, 5, 5)).isBetween(10.0, 40.0);
        assertThat(meanAround(pixels, 512, 256, 100)).isBetween(900.0, 1250.0);
    }

    @Test
    void writeStreamsInBoundedChunks() throws IOException {
        InstanceSpec spec = TestSpecs.full("CT").rows(512).columns(512).build();
        CountingStream out = new CountingStream();
        SyntheticDicom.write(spec, out);
        assertThat(out.count).isEqualTo(SyntheticDicom.size(spec)).isGreaterThan(512L * 512 * 2);
        assertThat(out.largestWrite).isLessThanOrEqualTo(64 * 1024);

        InstanceSpec big = TestSpecs.full("CT").rows(4096).columns(4096).build();
        CountingStream bigOut = new CountingStream();
        SyntheticDicom.write(big, bigOut);
        assertThat(bigOut.count).isEqualTo(SyntheticDicom.size(big)).isGreaterThan(32L * 1024 * 1024);
        assertThat(bigOut.largestWrite).isLessThanOrEqualTo(64 * 1024);
        assertThat(bigOut.flushed).isFalse();
        assertThat(bigOut.closed).isFalse();
    }

    @Test
    void sizeOfHugeImageNeedsNoPixels() {
        InstanceSpec huge = TestSpecs.full("CT").rows(46340).columns(46340).build();
        assertThat(SyntheticDicom.size(huge)).isGreaterThan(46340L * 46340 * 2).isLessThan(46340L * 46340 * 2 + 4096);
    }

    @Test
    void toBytesRefusesFilesAbove64MiB() {
        InstanceSpec big = TestSpecs.full("CT").rows(8192).columns(8192).build();
        assertThatThrownBy(() -> SyntheticDicom.toBytes(big))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toBytes")
                .hasMessageContaining("SyntheticDicom.write");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> SyntheticDicom.size(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spec");
        assertThatThrownBy(() -> SyntheticDicom.toBytes(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticDicom.tagRows(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticDicom.write(TestSpecs.ct(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out");
    }

    @Test
    void writeFailuresReachTheCaller() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> SyntheticDicom.write(TestSpecs.ct(), broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void segmentationHasOneBitFrameAndReferences() {
        InstanceSpec spec = TestSpecs.full("SEG").rows(21).columns(13)
                .references(List.of(TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 4))).build();
        Part10Reader.Parsed file = Part10Reader.parse(SyntheticDicom.toBytes(spec));

        assertThat(file.body(0x0008_0016).text()).isEqualTo(SopClasses.SEGMENTATION);
        assertThat(file.body(0x0062_0001).text()).isEqualTo("BINARY");
        assertThat(file.body(0x0028_0008).text()).isEqualTo("1");
        assertThat(file.body(0x0028_0100).us()).isEqualTo(1);
        assertThat(file.body(0x0028_0101).us()).isEqualTo(1);
        assertThat(file.body(0x0062_0002).items()).hasSize(1);
        Part10Reader.Node pixels = file.body(0x7FE0_0010);
        assertThat(pixels.vr()).isEqualTo("OB");
        assertThat(pixels.length()).isEqualTo(36); // 21 × 13 = 273 bits = 35 bytes, padded to even
    }

    private static byte[] pixels(InstanceSpec spec) {
        return Part10Reader.parse(SyntheticDicom.toBytes(spec)).body(0x7FE0_0010).value();
    }

    private static double meanAround(byte[] pixels, int columns, int x, int y) {
        long sum = 0;
        int n = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int i = 2 * ((y + dy) * columns + x + dx);
                sum += (pixels[i] & 0xFF) | (pixels[i + 1] & 0xFF) << 8;
                n++;
            }
        }
        return (double) sum / n;
    }

    private static String md5(InstanceSpec spec) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticDicom.write(spec, out);
        return HexFormat.of().formatHex(md5.digest(out.toByteArray()));
    }

    /** Counts bytes and remembers the largest single write. */
    static final class CountingStream extends OutputStream {
        long count;
        int largestWrite;
        boolean flushed;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
            largestWrite = Math.max(largestWrite, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            largestWrite = Math.max(largestWrite, len);
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
