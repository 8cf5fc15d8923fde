package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Series;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HostIsolationTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Series nlstSeries() {
    return sandbox.sandbox().dataset(Host.NLST).series().get(0);
  }

  @Test
  void theNlstHostServesOnlyItsCollection() {
    Http nlst = Http.nlst(sandbox.sandbox());
    assertThat(nlst.get(V4 + "getCollectionValues").body())
        .isEqualTo("[{\"Collection\":\"SBX-NLST\"}]");
    Map<String, Object> row = Json.rows(nlst.get(V4 + "getSeries", "Collection", "SBX-NLST")
        .body()).get(0);
    assertThat(row.get("StudyDesc")).isIn("NLST-LSS", "NLST-ACRIN");
    assertThat(row.get("Modality")).isEqualTo("CT");
    assertThat(Http.of(sandbox.sandbox()).get(V4 + "getCollectionValues").body())
        .doesNotContain("SBX-NLST");
    assertThat(sandbox.sandbox().nlstUrl()).isNotEqualTo(sandbox.sandbox().nbiaUrl())
        .startsWith("http://127.0.0.1:");
  }

  @Test
  void anNlstSeriesOnTheMainHostBehavesAsUnknown() {
    Http main = Http.of(sandbox.sandbox());
    String uid = nlstSeries().seriesInstanceUid();
    Http.Res sops = main.get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID", uid);
    assertThat(sops.status()).isEqualTo(200);
    assertThat(sops.body()).isEmpty();
    assertThat(main.get(V4 + "getSeries", "SeriesInstanceUID", uid).body()).isEmpty();
    assertThat(main.get(V4 + "getSeriesSize", "SeriesInstanceUID", uid).body())
        .isEqualTo("[{\"ObjectCount\":0}]");
    assertThat(main.post(V4 + "getSeriesMetadata", "list", uid).body()).isEmpty();
    Http nlst = Http.nlst(sandbox.sandbox());
    assertThat(nlst.get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID", uid).body())
        .startsWith("[{\"SOPInstanceUID\":");
  }

  @Test
  void aMainSeriesOnTheNlstHostBehavesAsUnknown() {
    String uid = sandbox.sandbox().dataset(Host.NBIA).series().get(0).seriesInstanceUid();
    Http nlst = Http.nlst(sandbox.sandbox());
    assertThat(nlst.get(V4 + "getSOPInstanceUIDs", "SeriesInstanceUID", uid).body()).isEmpty();
    assertThat(nlst.get(V4 + "getSeries", "SeriesInstanceUID", uid).body()).isEmpty();
  }

  @Test
  void theRequestLogTagsTheHost() {
    Http.nlst(sandbox.sandbox()).get(V4 + "getCollectionValues");
    Http.of(sandbox.sandbox()).get(V4 + "getCollectionValues");
    assertThat(sandbox.sandbox().requests()).extracting(RecordedRequest::host)
        .containsExactly(Host.NLST, Host.NBIA);
    assertThat(sandbox.sandbox().requests(Host.NLST)).hasSize(1);
  }
}
