package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Series;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValueListTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static List<Series> visible(String collection) {
    return sandbox.sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.visible() && s.collection().equals(collection)).toList();
  }

  @Test
  void collectionsAreBinarySortedAndHideRestrictedOnes() {
    List<String> names = Json.column(http().get(V4 + "getCollectionValues").body(), "Collection");
    assertThat(names).containsExactly("SBX Head+Neck", "SBX-Breast-MR", "SBX-Chest-XRay",
        "SBX-Lung-CT", "SBX-Preclinical-MR");
    assertThat(names).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void v4UpperCasesAndMergesManufacturersButV2KeepsThem() {
    TreeSet<String> stored = visible("SBX-Lung-CT").stream().map(s -> s.manufacturer().orElse(""))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(stored).contains("SIEMENS", "Siemens");
    List<String> v4 = Json.column(http().get(V4 + "getManufacturerValues", "Collection",
        "sbx-lung-ct").body(), "Manufacturer");
    assertThat(v4).containsExactly("GE MEDICAL SYSTEMS", "SBX SEGMENTATION LAB", "SIEMENS");
    Http guest = Tokens.guest(http());
    List<String> v2 = Json.column(guest.get(V2 + "getManufacturerValues", "Collection",
        "sbx-lung-ct").body(), "Manufacturer");
    assertThat(v2).containsExactly("GE MEDICAL SYSTEMS", "SBX Segmentation Lab", "SIEMENS",
        "Siemens");
  }

  @Test
  void v4MatchesFiltersIgnoringCaseV2OnlyCollection() {
    String lower = http().get(V4 + "getBodyPartValues", "Collection", "sbx-breast-mr",
        "Modality", "mr").body();
    assertThat(lower).isEqualTo("[{\"BodyPartExamined\":\"BREAST\"}]");
    Http guest = Tokens.guest(http());
    assertThat(guest.get(V2 + "getBodyPartValues", "Collection", "sbx-breast-mr", "Modality",
        "mr").body()).isEmpty();
    assertThat(guest.get(V2 + "getBodyPartValues", "Collection", "sbx-breast-mr", "Modality",
        "MR").body()).isEqualTo("[{\"BodyPartExamined\":\"BREAST\"}]");
  }

  @Test
  void modalitiesPerCollectionAndBodyPart() {
    List<String> hn = Json.column(http().get(V4 + "getModalityValues", "Collection",
        "SBX Head+Neck").body(), "Modality");
    List<String> expected = visible("SBX Head+Neck").stream().map(Series::modality)
        .map(m -> m.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
    assertThat(hn).isEqualTo(expected).contains("CT", "PT", "RTSTRUCT");
    List<String> chest = Json.column(http().get(V4 + "getModalityValues", "BodyPartExamined",
        "chest").body(), "Modality");
    assertThat(chest).contains("CR", "CT", "DX").doesNotContain("MR");
  }

  @Test
  void v1IgnoresUnknownParametersWhereV4RejectsThem() {
    Http.Res v1 = http().get("/nbia-api/services/v1/getModalityValues", "collection", "x");
    assertThat(v1.status()).isEqualTo(200);
    assertThat(v1.body()).contains("\"Modality\":\"CT\"");
    Http.Res v4 = http().get(V4 + "getModalityValues", "Modality", "CT");
    assertThat(v4.status()).isEqualTo(400);
    assertThat(v4.body()).isEqualTo("Invalid query parameter: 'Modality'. Allowed parameters "
        + "are: [Collection, BodyPartExamined, format]");
  }

  @Test
  void manufacturersOfOneCollectionAreUpperCasedAndSorted() {
    assertThat(http().get(V4 + "getManufacturerValues", "Collection", "SBX-Chest-XRay").body())
        .isEqualTo("[{\"Manufacturer\":\"AGFA\"},{\"Manufacturer\":\"CARESTREAM HEALTH\"},"
            + "{\"Manufacturer\":\"FUJIFILM CORPORATION\"}]");
  }
}
