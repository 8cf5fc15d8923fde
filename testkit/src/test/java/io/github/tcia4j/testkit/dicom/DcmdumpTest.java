package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs DCMTK's {@code dcmdump} on written files, as an outside opinion on the encoding. Skipped when
 * {@code dcmdump} is not on the PATH ({@code .ci/run} installs the Debian package {@code dcmtk}).
 */
class DcmdumpTest {

    @TempDir
    Path folder;

    @Test
    void ctIsReadWithoutComplaint() throws Exception {
        InstanceSpec spec = TestSpecs.full("CT").rows(512).columns(512).build();
        String dump = dump(spec, "ct.dcm");
        assertThat(dump).contains(spec.sopInstanceUid()).contains("CTImageStorage").contains("# 524288, 1 PixelData");
    }

    @Test
    void mrIsReadWithoutComplaint() throws Exception {
        InstanceSpec spec = TestSpecs.full("MR").rows(255).columns(129).build();
        String dump = dump(spec, "mr.dcm");
        assertThat(dump).contains(spec.sopInstanceUid()).contains("MRImageStorage").contains("Doe^Jane");
    }

    @Test
    void segIsReadWithoutComplaint() throws Exception {
        InstanceSpec spec = TestSpecs.seg();
        String dump = dump(spec, "seg.dcm");
        assertThat(dump).contains(spec.sopInstanceUid()).contains("SegmentationStorage")
                .contains("ReferencedSeriesSequence").contains(TestSpecs.REF_SERIES);
    }

    @Test
    void rtstructIsReadWithoutComplaint() throws Exception {
        InstanceSpec spec = TestSpecs.rtstruct();
        String dump = dump(spec, "rtstruct.dcm");
        assertThat(dump).contains(spec.sopInstanceUid()).contains("RTStructureSetStorage")
                .contains("RTReferencedSeriesSequence").contains(TestSpecs.REF_SERIES);
    }

    private String dump(InstanceSpec spec, String name) throws IOException, InterruptedException {
        Optional<Path> dcmdump = onPath("dcmdump");
        Assumptions.assumeTrue(dcmdump.isPresent(), "dcmdump (Debian package dcmtk) is not on the PATH");
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            SyntheticDicom.write(spec, out);
        }
        Process process = new ProcessBuilder(dcmdump.get().toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dcmdump finished").isTrue();
        assertThat(process.exitValue()).as("dcmdump exit code, output:%n%s", output).isZero();
        List<String> complaints = output.lines().filter(line -> line.startsWith("E:") || line.startsWith("W:")).toList();
        assertThat(complaints).as("dcmdump errors and warnings").isEmpty();
        assertThat(output).contains("# Dicom-Meta-Information-Header").contains("Little Endian Explicit");
        return output;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
