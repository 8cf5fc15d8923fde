package io.github.tcia4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Big series stream in bounded memory: a child JVM with a small heap runs a sandbox and a JDK
 * client that downloads one series of 512x512 CT images, reading the zip as it arrives.
 *
 * <p>The default run downloads a series of 4100 images stored without compression: 2,154,786,786
 * DICOM bytes (about 2055 MiB) in a zip of about 2056 MiB, so every byte count, zip offset and
 * entry position of the sandbox and the client crosses 2^31 on the way (about 35 s on two
 * loaded cores, about 15 s more than the 1 GB run it replaced). The same series with DEFLATE
 * level 1 (about a minute) is tagged {@code large} and left out of the default run; run it with
 * {@code ./mvnw -o -pl testkit -am verify -DexcludedGroups= -Dgroups=large}.
 */
class LargeSeriesDownloadTest {
  private static final int IMAGES_BEYOND_2_GIB = 4100;

  @Test
  void aSeriesOfMoreThan2GibStreamsThroughA64MegabyteHeap() throws Exception {
    String out = check(IMAGES_BEYOND_2_GIB, 0, "64m");
    long zipBytes = field(out, 3);
    long dicomBytes = field(out, 2);
    assertThat(dicomBytes).isGreaterThan(1L << 31);
    assertThat(zipBytes).isGreaterThan(dicomBytes);
  }

  @Test
  @Tag("large")
  void aCompressedSeriesOfMoreThan2GibStreamsThroughA64MegabyteHeap() throws Exception {
    String out = check(IMAGES_BEYOND_2_GIB, 1, "64m");
    assertThat(field(out, 2)).isGreaterThan(1L << 31);
  }

  private static String check(int images, int level, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path log = Files.createTempFile("tcia4j-large-download", ".txt");
    try {
      Process p = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-cp", classPath,
          LargeDownload.class.getName(), Integer.toString(images), Integer.toString(level)))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean finished = p.waitFor(10, TimeUnit.MINUTES);
      if (!finished) {
        p.destroyForcibly();
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(finished).as("child finished; output:%n%s", out).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      checkResult(out, images, level);
      return out;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String[] result(String out) {
    String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no result in:\n" + out));
    return line.split(" ");
  }

  private static long field(String out, int index) {
    return Long.parseLong(result(out)[index]);
  }

  private static void checkResult(String out, int images, int level) {
    String[] f = result(out);
    int entries = Integer.parseInt(f[1]);
    long dicomBytes = Long.parseLong(f[2]);
    long zipBytes = Long.parseLong(f[3]);
    int md5Lines = Integer.parseInt(f[4]);
    long expectedBytes = Long.parseLong(f[6]);
    assertThat(Integer.parseInt(f[5])).isEqualTo(images);
    assertThat(entries).as("LICENSE, the images, md5hashes.csv").isEqualTo(images + 2);
    assertThat(md5Lines).isEqualTo(images + 1);
    assertThat(dicomBytes).isEqualTo(expectedBytes)
        .isGreaterThan(images * 512L * 512 * 2);
    assertThat(zipBytes).isPositive();
    if (level == 0) {
      assertThat(zipBytes).isGreaterThan(dicomBytes);
    }
  }
}
