package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesUidFilesTest {

  @Test
  void readsTextCsvJsonLinesAndManifests(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("uids.txt"), "# mine\n1.2.3\n\n 1.2.4 \n");
    Path csv = Files.writeString(dir.resolve("s.csv"), ",SeriesInstanceUID,Modality\n0,1.2.5,CT\n");
    Path jsonl = Files.writeString(dir.resolve("s.jsonl"), "{\"SeriesInstanceUID\":\"1.2.6\"}\n");
    Path manifest = Files.writeString(dir.resolve("m.tcia"),
        "downloadServerUrl=https://example.org/servlet\nmanifestVersion=3.0\nListOfSeriesToDownload=\n1.2.7\n1.2.8\n");

    assertThat(SeriesUidFiles.read(text)).containsExactly("1.2.3", "1.2.4");
    assertThat(SeriesUidFiles.read(csv)).containsExactly("1.2.5");
    assertThat(SeriesUidFiles.read(jsonl)).containsExactly("1.2.6");
    assertThat(SeriesUidFiles.read(manifest)).containsExactly("1.2.7", "1.2.8");
  }

  @Test
  void aCsvWithoutTheColumnIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("s.csv"), "Modality\nCT\n");
    assertThatThrownBy(() -> SeriesUidFiles.read(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(csv.toString()).hasMessageContaining("SeriesInstanceUID");
  }
}
