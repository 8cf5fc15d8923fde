package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads of series the built-in data lack: no images, and images without AcquisitionNumber
 * (loaded from a small recorded getSeries answer written by the test).
 */
class DownloadEdgeCasesTest {
  private static final String EMPTY = "1.2.826.0.1.3680043.8.498.1001";
  private static final String RTSTRUCT = "1.2.826.0.1.3680043.8.498.1002";
  private static final String CT = "1.2.826.0.1.3680043.8.498.1003";
  private static TciaSandbox sandbox;

  @BeforeAll
  static void start(@TempDir Path dir) {
    String row = "{\"SeriesInstanceUID\":\"%s\",\"StudyInstanceUID\":\"1.2.826.0.1.3680043.8.498"
        + ".1\",\"Modality\":\"%s\",\"Collection\":\"Recorded-Edge\",\"PatientID\":\"EDGE-1\","
        + "\"ImageCount\":%d,\"LicenseName\":\"Creative Commons Attribution 3.0 Unported "
        + "License\",\"LicenseURI\":\"http://creativecommons.org/licenses/by/3.0/\"}";
    String json = "[" + String.format(row, EMPTY, "CT", 0) + ","
        + String.format(row, RTSTRUCT, "RTSTRUCT", 3) + "," + String.format(row, CT, "CT", 12)
        + "]";
    Path file = dir.resolve("getSeries.json");
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sandbox = TciaSandbox.builder().datasetFromRecordedSeries(file).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Http http() {
    return Http.of(sandbox);
  }

  @Test
  void aSeriesWithoutImagesIsALicenseOnlyZipAndHasNoTags() {
    Http.Res zip = http().get(V4 + "getImage", "SeriesInstanceUID", EMPTY, "IncludeMD5", "yes");
    assertThat(zip.status()).isEqualTo(200);
    List<Zips.Entry> entries = Zips.entries(zip.raw().body());
    assertThat(Zips.names(entries)).containsExactly("LICENSE", "md5hashes.csv");
    assertThat(entries.get(0).text()).contains("Recorded-Edge")
        .contains("Creative Commons Attribution 3.0 Unported License (CC BY 3.0)")
        .contains("http://creativecommons.org/licenses/by/3.0/");
    assertThat(entries.get(1).text()).isEqualTo("Filename,MD5Hash\n");
    Http.Res tags = http().get(V4 + "getDicomTags", "SeriesUID", EMPTY);
    assertThat(tags.status()).isEqualTo(200);
    assertThat(tags.body()).isEmpty();
  }

  @Test
  void imagesWithoutAcquisitionNumberEachStartARun() {
    assertThat(sandbox.dataset(Host.NBIA).instances(RTSTRUCT))
        .allSatisfy(i -> assertThat(i.acquisitionNumber()).isEmpty());
    Http.Res r = http().get(V4 + "getImage", "SeriesInstanceUID", RTSTRUCT, "NewFileNames",
        "Yes");
    assertThat(Zips.names(Zips.entries(r.raw().body())))
        .containsExactly("LICENSE", "1-1.dcm", "2-1.dcm", "3-1.dcm");
  }

  @Test
  void recordedSeriesKeepTheirOneAcquisition() {
    Http.Res r = http().get(V4 + "getImage", "SeriesInstanceUID", CT, "NewFileNames", "Yes");
    List<String> names = Zips.names(Zips.entries(r.raw().body()));
    assertThat(names).hasSize(13).startsWith("LICENSE", "1-01.dcm").endsWith("1-12.dcm");
  }
}
