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
 * <p>The default run downloads about 1 GB (2048 images, stored without compression: about 15 s on two
 * cores). The 2 GB series (4096 images, DEFLATE level 1: about a minute) is tagged
 * {@code large} and left out of the default run; run it with
 * {@code ./mvnw -o -pl testkit -am verify -DexcludedGroups= -Dgroups=large}.
 */
class LargeSeriesDownloadTest {

  @Test
  void aOneGigabyteSeriesStreamsThroughA48MegabyteHeap() throws Exception {
    check(2048, 0, "48m");
  }

  @Test
  @Tag("large")
  void aTwoGigabyteSeriesStreamsThroughA64MegabyteHeap() throws Exception {
    check(4096, 1, "64m");
  }

  private static void check(int images, int level, String heap) throws Exception {
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
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void checkResult(String out, int images, int level) {
    String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no result in:\n" + out));
    String[] f = line.split(" ");
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
