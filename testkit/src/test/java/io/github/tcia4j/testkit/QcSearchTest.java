package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QcSearchTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  @Test
  void onlyCuratorsMaySearch() {
    Http.Res guest = Tokens.guest(http()).post(ADV + "getAdvancedQCSearch", "criteriaType0",
        "collection", "value0", "SBX-Lung-CT");
    assertThat(guest.status()).isEqualTo(401);
    assertThat(guest.body()).isEqualTo("Insufficiant Privileges");
    assertThat(http().post(ADV + "getAdvancedQCSearch").status()).isEqualTo(401);
  }

  @Test
  void curatorsSeeInvisibleAndRestrictedSeries() {
    Http curator = http().withToken(Tokens.of(http(), TciaSandbox.CURATOR,
        TciaSandbox.CURATOR_PASSWORD));
    List<Map<String, Object>> pending = Json.rows(curator.post(ADV + "getAdvancedQCSearch",
        "criteriaType0", "qcstatus", "inputType0", "list", "value0", "Not Yet Reviewed",
        "boolean0", "AND").body());
    long hidden = sandbox.sandbox().dataset(Host.NBIA).series().stream().filter(s -> !s.visible())
        .count();
    assertThat(pending).hasSize((int) hidden);
    assertThat(pending.get(0).keySet()).containsExactly("patientId", "study", "series",
        "visibility", "visibilityStatus", "creationDate", "modality", "seriesDescription", "batch",
        "submissionType", "releasedStatus", "seriesPkId", "collectionSite");
    assertThat(pending).allSatisfy(m -> assertThat(m.get("visibility")).isEqualTo("0"));
    List<Map<String, Object>> restricted = Json.rows(curator.post(ADV + "getAdvancedQCSearch",
        "criteriaType0", "collection", "inputType0", "list", "value0",
        TciaSandbox.RESTRICTED_COLLECTION, "criteriaType1", "modality", "inputType1", "list",
        "value1", "CT", "boolean1", "AND").body());
    assertThat(restricted).hasSize(5).allSatisfy(m -> assertThat(m.get("modality")).isEqualTo("CT"));
    List<Map<String, Object>> contains = Json.rows(curator.post(ADV + "getAdvancedQCSearch",
        "criteriaType0", "seriesDesc", "inputType0", "contains", "value0", "dce").body());
    assertThat(contains).isNotEmpty().allSatisfy(m -> assertThat((String) m.get("seriesDescription"))
        .contains("DCE"));
    Http.Res badDate = curator.post(ADV + "getAdvancedQCSearch", "criteriaType0", "studyDate",
        "inputType0", "dateRange", "value0", "yesterday");
    assertThat(badDate.status()).isEqualTo(500);
    assertThat(badDate.body()).contains("Unparseable date");
    List<Map<String, Object>> range = Json.rows(curator.post(ADV + "getAdvancedQCSearch",
        "criteriaType0", "submissiondate", "inputType0", "dateRange", "value0", "1/1/2000",
        "criteriaType1", "submissiondate", "inputType1", "dateRange", "value1", "12/31/2016").body());
    assertThat(range).isNotEmpty();
  }
}
