package io.github.tcia4j.testkit;

import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads one big synthetic series (images of 512x512) from a fresh sandbox with the JDK HTTP
 * client, reading the zip as it arrives and keeping nothing: counts entries and bytes. Also a
 * {@code main} so a test can run it in a JVM with a small heap.
 */
final class LargeDownload {
  private LargeDownload() {}

  /** What arrived, and what the data model says should have. */
  record Result(int entries, long dicomBytes, long zipBytes, int md5Lines, int expectedImages,
      long expectedDicomBytes) {}

  static Result run(int images, int level) {
    try (TciaSandbox s = TciaSandbox.builder().withoutBuiltInCollections()
        .zipCompressionLevel(level).addCollection(CollectionSpec.builder("SBX-Large", "CT")
            .imagesPerSeries(images).matrix(512, 512).build()).start()) {
      Series series = s.dataset(Host.NBIA).series().get(0);
      long expected = s.dataset(Host.NBIA).instances(series.seriesInstanceUid()).stream()
          .mapToLong(Instance::fileSize).sum();
      HttpRequest req = HttpRequest.newBuilder(URI.create(s.nbiaUrl() + Paths.V4
          + "getImage?IncludeMD5=yes&SeriesInstanceUID=" + series.seriesInstanceUid()))
          .timeout(Duration.ofSeconds(60)).build();
      HttpResponse<InputStream> r = Zips.CLIENT.send(req,
          HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("getImage answered " + r.statusCode());
      }
      CountingInputStream counted = new CountingInputStream(r.body());
      int entries = 0;
      long dicom = 0;
      int md5Lines = 0;
      byte[] buf = new byte[64 * 1024];
      try (ZipInputStream zip = new ZipInputStream(counted)) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          entries++;
          if (e.getName().equals("md5hashes.csv")) {
            md5Lines = (int) new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                .count();
            continue;
          }
          long n = 0;
          int k;
          while ((k = zip.read(buf)) >= 0) {
            n += k;
          }
          if (e.getName().endsWith(".dcm")) {
            dicom += n;
          }
        }
        counted.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new Result(entries, dicom, counted.count, md5Lines, series.imageCount(), expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /**
   * Runs one download and prints the result.
   *
   * @param args the image count and the DEFLATE level
   */
  public static void main(String[] args) {
    Result r = run(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    System.out.println("RESULT " + r.entries() + " " + r.dicomBytes() + " " + r.zipBytes() + " "
        + r.md5Lines() + " " + r.expectedImages() + " " + r.expectedDicomBytes() + " maxHeap="
        + Runtime.getRuntime().maxMemory());
  }
}
