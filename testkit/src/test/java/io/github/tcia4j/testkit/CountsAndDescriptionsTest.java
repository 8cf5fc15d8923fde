package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Series;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CountsAndDescriptionsTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static long patients(String collection) {
    return sandbox.sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.visible() && s.collection().equals(collection))
        .map(Series::patientId).distinct().count();
  }

  @Test
  void v4CollectionCountsAreDistinctPatients() {
    Http.Res r = http().get(V4 + "getCollectionValuesAndCounts", "format", "csv");
    assertThat(r.contentType()).isEqualTo("application/json");
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows.get(0).keySet()).containsExactly("Collection", "Count", "Authorized");
    assertThat(rows).extracting(m -> m.get("Collection")).containsExactly("SBX Head+Neck",
        "SBX-Breast-MR", "SBX-Chest-XRay", "SBX-Lung-CT", "SBX-Preclinical-MR");
    for (Map<String, Object> m : rows) {
      assertThat(m.get("Count")).isEqualTo(patients((String) m.get("Collection")));
    }
  }

  @Test
  void bodyPartCountsSayNotSpecifiedForNulls() {
    Http.Res r = http().get(V4 + "getBodyPartValuesAndCounts", "Collection", "sbx-lung-ct");
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows).extracting(m -> m.get("BodyPart")).containsExactly("NOT SPECIFIED", "CHEST");
    assertThat(rows.get(0).keySet()).containsExactly("BodyPart", "Count", "Authorized");
    Http.Res bad = http().get(V4 + "getBodyPartValuesAndCounts", "BodyPartExamined", "CHEST");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("Allowed parameters are: [Collection, Modality]");
  }

  @Test
  void modalityAndManufacturerCounts() {
    List<Map<String, Object>> m = Json.rows(http().get(V4 + "getModalityValuesAndCounts",
        "Collection", "SBX Head+Neck").body());
    assertThat(m).extracting(r -> r.get("Modality")).containsExactly("CT", "MR", "PT", "RTSTRUCT");
    List<Map<String, Object>> man = Json.rows(http().get(V4 + "getManufacturerValuesAndCounts",
        "Collection", "SBX-Lung-CT", "Modality", "CT").body());
    assertThat(man).extracting(r -> r.get("Manufacturer")).containsExactly("GE MEDICAL SYSTEMS",
        "SIEMENS");
    assertThat(http().get(V4 + "getModalityValuesAndCounts", "Collection", "none").body())
        .isEqualTo("[]");
  }

  @Test
  void oldUnversionedCountsUseCriteriaAndStringCounts() {
    Http guest = Tokens.guest(http());
    Http.Res r = guest.get(ADV + "getBodyPartValuesAndCounts");
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows.get(0)).containsOnlyKeys("criteria", "count");
    assertThat(rows.get(0).get("criteria")).isEqualTo("NOT SPECIFIED");
    assertThat((String) rows.get(0).get("count")).matches("\\d+");
    assertThat(r.body()).startsWith("[{\"criteria\":\"NOT SPECIFIED\",\"count\":\"");
    assertThat(http().get(ADV + "getBodyPartValuesAndCounts").status()).isEqualTo(401);
  }

  @Test
  void speciesCountsAndTaxonomy() {
    List<Map<String, Object>> rows = Json.rows(http().get(V4 + "getSpeciesValuesAndCounts").body());
    assertThat(rows).extracting(m -> m.get("Species")).containsExactly("337915000", "447612001",
        "448771007");
    assertThat(rows.get(1).get("Count")).isEqualTo(4L);
    assertThat(http().get(V4 + "getSpeciesTax").body()).isEqualTo(
        "[{\"speciesCode\":\"337915000\",\"speciesDescription\":\"Homo sapiens\"},"
            + "{\"speciesCode\":\"447612001\",\"speciesDescription\":\"Mus musculus\"},"
            + "{\"speciesCode\":\"448771007\",\"speciesDescription\":\"Canis lupus familiaris\"}]");
  }

  @Test
  void v4DescriptionsKeepJsonNullsInFieldOrder() {
    Http.Res r = http().get(V4 + "getCollectionDescriptions");
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows).allSatisfy(m -> assertThat(m.keySet()).containsExactly("description", "id",
        "collectionName", "descriptionURI"));
    assertThat(r.body()).contains("\"descriptionURI\":null").contains("\"description\":null");
    Set<String> names = rows.stream().map(m -> (String) m.get("collectionName"))
        .collect(Collectors.toSet());
    assertThat(names).doesNotContain(TciaSandbox.RESTRICTED_COLLECTION).contains("SBX Head+Neck");
    Http.Res one = http().get(V4 + "getCollectionDescriptions", "collectionName", "sbx-lung-ct");
    assertThat(Json.rows(one.body())).singleElement().satisfies(m -> {
      assertThat((String) m.get("description")).startsWith("<p>");
      assertThat(m.get("descriptionURI")).isEqualTo("https://doi.org/10.80000/SBX.LUNG-CT");
    });
    assertThat(http().get(V4 + "getCollectionDescriptions", "CollectionName", "x").status())
        .isEqualTo(400);
  }

  @Test
  void oldDescriptionsAddTimestampUserAndLicence() {
    Http guest = Tokens.guest(http());
    Map<String, Object> row = Json.rows(guest.get(ADV + "getCollectionDescriptions").body()).get(0);
    assertThat(row.keySet()).containsExactly("description", "id", "collectionName",
        "descriptionURI", "collectionDescTimestamp", "userName", "licenseId");
    assertThat(row.get("collectionDescTimestamp")).isInstanceOf(Long.class);
  }
}
