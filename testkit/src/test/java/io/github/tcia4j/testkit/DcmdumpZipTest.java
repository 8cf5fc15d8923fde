package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DCMTK's {@code dcmdump} reads files taken out of sandbox zips without errors or warnings.
 * Skipped when {@code dcmdump} (Debian package {@code dcmtk}) is not on the PATH.
 */
class DcmdumpZipTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"CT", "SEG", "RTSTRUCT", "MR", "DX"})
  void filesFromTheZipParse(String modality) throws Exception {
    Optional<String> dcmdump = dcmdump();
    Assumptions.assumeTrue(dcmdump.isPresent(), "dcmdump (Debian package dcmtk) is not on the PATH");
    Series s = sandbox.sandbox().dataset(Host.NBIA).series().stream()
        .filter(x -> x.visible() && x.modality().equals(modality)).findFirst().orElseThrow();
    Http.Res r = Http.of(sandbox.sandbox()).get(V4 + "getImage", "SeriesInstanceUID",
        s.seriesInstanceUid(), "NewFileNames", "Yes");
    List<Zips.Entry> entries = Zips.entries(r.raw().body());
    Zips.Entry sample = entries.get(entries.size() - 1);
    Path file = folder.resolve(sample.name());
    Files.write(file, sample.data());
    Process p = new ProcessBuilder(dcmdump.get(), file.toString())
        .redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().filter(l -> l.startsWith("E:") || l.startsWith("W:")))
        .as(out).isEmpty();
    assertThat(out).contains("# Dicom-Meta-Information-Header")
        .contains(s.seriesInstanceUid()).contains("[" + modality + "]");
  }

  /** The dcmdump program if it can be started (it is looked up on the PATH). */
  private static Optional<String> dcmdump() {
    try {
      Process p = new ProcessBuilder("dcmdump", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) ? Optional.of("dcmdump") : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
