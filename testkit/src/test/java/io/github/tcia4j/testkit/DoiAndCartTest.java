package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SharedCart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DoiAndCartTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  @Test
  void doiLookupIsExactAndUsesTheServersSpelling() {
    String doi = "https://doi.org/10.80000/SBX.LUNG-CT";
    Http.Res collections = http().post(V4 + "getCollectionOrSeriesForDOI", "DOI", doi);
    assertThat(collections.body()).isEqualTo(
        "[{\"collection\":\"SBX-Lung-CT\",\"thirdPartyAnanlysis\":\"NO\",\"authorized\":1}]");
    Http.Res series = http().post(V4 + "getCollectionOrSeriesForDOI", "DOI", doi,
        "CollectionOrSeries", "SERIES");
    List<Map<String, Object>> rows = Json.rows(series.body());
    long expected = data().series().stream().filter(s -> s.visible()
        && s.dataDescriptionUri().orElse("").equals(doi)).count();
    assertThat(rows).hasSize((int) expected);
    assertThat(rows.get(0).keySet()).containsExactly("collection", "seriesInstanceUID",
        "thirdPartyAnanlysis", "authorized");
    assertThat(http().post(V4 + "getCollectionOrSeriesForDOI", "DOI", "10.80000/SBX.LUNG-CT")
        .body()).isEqualTo("[]");
    Http.Res format = http().post(V4 + "getCollectionOrSeriesForDOI", "DOI", doi, "format", "json");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.body()).isEqualTo("Invalid form parameter: 'format'. Allowed parameters are: "
        + "[DOI, CollectionOrSeries]");
  }

  @Test
  void analysisResultsHaveTheirOwnDoiAndNullsAreLeftOut() {
    Http.Res seg = http().post(V4 + "getCollectionOrSeriesForDOI", "DOI",
        "https://doi.org/10.80000/SBX.LUNG-CT.NODULE-SEG", "CollectionOrSeries", "series");
    List<Map<String, Object>> rows = Json.rows(seg.body());
    assertThat(rows).isNotEmpty().allSatisfy(m -> assertThat(m.get("thirdPartyAnanlysis"))
        .isEqualTo("YES"));
    Http.Res hn = http().post(V4 + "getCollectionOrSeriesForDOI", "DOI",
        "https://doi.org/10.80000/SBX.HEAD-NECK");
    assertThat(hn.body()).isEqualTo("[{\"collection\":\"SBX Head+Neck\",\"authorized\":1}]");
    Http.Res old = Tokens.guest(http()).post(ADV + "getCollectionOrSeriesForDOI", "DOI",
        "https://doi.org/10.80000/SBX.HEAD-NECK");
    assertThat(old.body()).isEqualTo("[{\"collection\":\"SBX Head+Neck\"}]");
  }

  @Test
  void cartContentsUseTheSpacedDateReleasedKey() {
    SharedCart cart = data().cart("nbia-10000000000000001").orElseThrow();
    Http.Res r = http().get(V1 + "getContentsByName", "name", cart.name());
    List<Map<String, Object>> rows = Json.rows(r.body());
    assertThat(rows).extracting(m -> m.get("SeriesInstanceUID"))
        .containsExactlyElementsOf(cart.seriesInstanceUids());
    assertThat(List.of("SeriesInstanceUID", "StudyInstanceUID", "Modality", "ProtocolName",
        "SeriesDate", "SeriesDescription", "BodyPartExamined", "SeriesNumber", "AnnotationsFlag",
        "Collection", "PatientID", "Manufacturer", "ManufacturerModelName", "SoftwareVersions",
        "ImageCount", "Date Released")).containsSubsequence(List.copyOf(rows.get(0).keySet()));
    assertThat((String) rows.get(0).get("Date Released")).matches(
        "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.0");
    assertThat(http().get(V1 + "getContentsByName", "name", "nbia-0").body()).isEmpty();
  }

  @Test
  void cartContentsWithoutANameAreA400NamingTheParameter() {
    String required = "A parameter, name, is required for this API call.";
    for (Http.Res r : List.of(http().get(V1 + "getContentsByName"),
        http().get(V1 + "getContentsByName", "name", ""),
        Tokens.guest(http()).get(V2 + "getContentsByName"))) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).isEqualTo(required);
      assertThat(r.contentType()).isEqualTo("application/json");
    }
    // v2 checks the token first, as for every v2 call
    assertThat(http().get(V2 + "getContentsByName").status()).isEqualTo(401);
  }

  @Test
  void v1HidesRestrictedCartSeriesThatV2ShowsToGrantedUsers() {
    SharedCart cart = data().cart("nbia-10000000000000002").orElseThrow();
    assertThat(Json.rows(http().get(V1 + "getContentsByName", "name", cart.name()).body()))
        .hasSize(cart.seriesInstanceUids().size() - 1);
    assertThat(http().get(V2 + "getContentsByName", "name", cart.name()).status()).isEqualTo(401);
    Http researcher = http().withToken(Tokens.of(http(), TciaSandbox.RESEARCHER,
        TciaSandbox.RESEARCHER_PASSWORD));
    assertThat(Json.rows(researcher.get(V2 + "getContentsByName", "name", cart.name()).body()))
        .hasSize(cart.seriesInstanceUids().size());
  }

  @Test
  void createSharedListThenReadItBack() {
    Http guest = Tokens.guest(http());
    List<String> uids = data().series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Chest-XRay")).limit(3).map(Series::seriesInstanceUid).toList();
    String[] form = {"list", uids.get(0), "list", uids.get(1), "list", uids.get(2), "name",
        "nbia-55555555555555555", "description", "three x-rays", "url", ""};
    Http.Res created = guest.post(ADV + "createSharedList", form);
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.body()).isEqualTo("List created");
    Http.Res again = guest.post(ADV + "createSharedList", form);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).isEqualTo("Duplicate list name");
    assertThat(Json.column(http().get(V1 + "getContentsByName", "name",
        "nbia-55555555555555555").body(), "SeriesInstanceUID")).containsExactlyElementsOf(uids);
    assertThat(data().cart("nbia-55555555555555555").orElseThrow().owner()).isEqualTo("nbia_guest");
    String restricted = data().series().stream().filter(s -> s.collection()
        .equals(TciaSandbox.RESTRICTED_COLLECTION)).findFirst().orElseThrow().seriesInstanceUid();
    Http.Res denied = guest.post(ADV + "createSharedList", "list", restricted, "name", "nbia-6");
    assertThat(denied.status()).isEqualTo(400);
    assertThat(denied.body()).isEqualTo("User does not have permission for all series in list");
    assertThat(http().post(ADV + "createSharedList", "list", uids.get(0), "name", "x").status())
        .isEqualTo(401);
  }
}
