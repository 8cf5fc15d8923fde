package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void closeFreesBothPortsAndIsIdempotent() throws IOException {
    TciaSandbox s = TciaSandbox.start();
    int main = s.port(Host.NBIA);
    int nlst = s.port(Host.NLST);
    assertThat(Http.of(s).get(V4 + "getCollectionValues").status()).isEqualTo(200);
    s.close();
    s.close();
    for (int port : new int[] {main, nlst}) {
      try (ServerSocket again = new ServerSocket()) {
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        assertThat(again.getLocalPort()).isEqualTo(port);
      }
    }
  }

  @Test
  void aPortInUseGivesAClearError() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> TciaSandbox.builder().nlstPort(busy.getLocalPort()).start())
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("NLST")
          .hasMessageContaining(Integer.toString(busy.getLocalPort()))
          .hasMessageContaining("choose a free port");
    }
  }

  @Test
  void builderRejectsBadSettingsByName() {
    assertThatThrownBy(() -> TciaSandbox.builder().port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> TciaSandbox.builder().imageMatrix(0, 64))
        .hasMessageContaining("imageMatrix");
    assertThatThrownBy(() -> TciaSandbox.builder().threads(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> TciaSandbox.builder().tokenLifetime(Duration.ZERO))
        .hasMessageContaining("tokenLifetime");
    assertThatThrownBy(() -> TciaSandbox.builder().user("nbia_guest", "x"))
        .hasMessageContaining("guest");
    assertThatThrownBy(() -> TciaSandbox.builder().datasetFromRecordedSeries(Path.of("nope.json")))
        .hasMessageContaining("nope.json").hasMessageContaining("does not exist");
    assertThatThrownBy(() -> CollectionSpec.of("X", "SEG", 1, 1)).hasMessageContaining("SEG")
        .hasMessageContaining("CT");
    assertThatThrownBy(() -> CollectionSpec.of("X", "CT", 0, 1)).hasMessageContaining("seriesCount");
    assertThatThrownBy(() -> CollectionSpec.builder("X", "CT").matrix(0, 5).build())
        .hasMessageContaining("rows and columns");
    assertThatThrownBy(() -> TciaSandbox.builder()
        .addCollection(CollectionSpec.of("SBX-Lung-CT", "CT", 1, 1)).start())
        .hasMessageContaining("SBX-Lung-CT").hasMessageContaining("twice");
  }

  @Test
  void customCollectionsHaveTheRequestedShape() {
    try (TciaSandbox s = TciaSandbox.builder().withoutBuiltInCollections()
        .addCollection(CollectionSpec.builder("SBX-Bench-MR", "mr").seriesCount(3)
            .imagesPerSeries(5).matrix(512, 512).patients(2).bodyPart("BRAIN").build())
        .addCollection(CollectionSpec.builder("SBX-Bench-NLST", "CT").host(Host.NLST).build())
        .start()) {
      Http h = Http.of(s);
      assertThat(h.get(V4 + "getCollectionValues").body())
          .isEqualTo("[{\"Collection\":\"SBX-Bench-MR\"}]");
      List<Map<String, Object>> rows = Json.rows(h.get(V4 + "getSeries").body());
      assertThat(rows).hasSize(3).allSatisfy(r -> {
        assertThat(r.get("ImageCount")).isEqualTo(5L);
        assertThat((Long) r.get("FileSize")).isGreaterThan(5L * 512 * 512 * 2);
        assertThat(r.get("BodyPartExamined")).isEqualTo("BRAIN");
        assertThat(r.get("Modality")).isEqualTo("MR");
      });
      assertThat(rows.stream().map(r -> r.get("PatientID")).distinct().count()).isEqualTo(2);
      assertThat(Http.nlst(s).get(V4 + "getCollectionValues").body())
          .isEqualTo("[{\"Collection\":\"SBX-Bench-NLST\"}]");
    }
  }
}
