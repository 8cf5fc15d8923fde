package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.common.error.TciaUnauthorizedException;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.QcSearchRow;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SharedCart;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Acceptance: the auth era (API v2 with tokens) against the sandbox. */
class AuthEraSandboxTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  private static final String OTHER = "sbx_other";
  private static final String OTHER_PASSWORD = "sbx-other-pass";
  private static final Credentials RESEARCHER = new Credentials(TciaSandbox.RESEARCHER, TciaSandbox.RESEARCHER_PASSWORD);
  private static final Credentials CURATOR = new Credentials(TciaSandbox.CURATOR, TciaSandbox.CURATOR_PASSWORD);

  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.from(TciaSandbox.builder()
      .clock(CLOCK).user(OTHER, OTHER_PASSWORD));

  private static TciaSandbox sandbox() {
    return SANDBOX.sandbox();
  }

  private static NbiaClient v2(Credentials login) {
    NbiaClient.Builder b = NbiaClient.builder().baseUrl(sandbox().nbiaUrl()).apiVersion(ApiVersion.V2);
    return login == null ? b.build() : b.login(login).build();
  }

  private static List<RecordedRequest> requests(Host host, String endpoint) {
    return sandbox().requests(host).stream().filter(r -> r.endpoint().equals(endpoint)).toList();
  }

  private static Set<String> names(List<CollectionValue> values) {
    return values.stream().map(CollectionValue::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void v2LogsInAsGuestByDefault() {
    try (NbiaClient nbia = v2(null)) {
      assertThat(nbia.toString()).contains("with login");
      assertThat(names(nbia.getCollections())).contains("SBX-Lung-CT").doesNotContain(TciaSandbox.RESTRICTED_COLLECTION);
      assertThat(nbia.getSimpleSearch(SimpleSearch.all()).totalPatients()).isPositive();
    }
    List<RecordedRequest> grants = requests(Host.NBIA, "oauth/token");
    assertThat(grants).hasSize(1);
    assertThat(grants.get(0).formParameters().get("username")).containsExactly("nbia_guest");
    assertThat(grants.get(0).formParameters().get("grant_type")).containsExactly("password");
    RecordedRequest search = requests(Host.NBIA, "getSimpleSearchWithModalityAndBodyPartPaged").get(0);
    assertThat(search.family()).isEqualTo("advanced");
    assertThat(search.bearerToken()).isTrue();
    assertThat(search.user()).contains("nbia_guest");
    assertThat(search.status()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRenewedOnceMidSession() {
    try (NbiaClient nbia = v2(RESEARCHER)) {
      int before = nbia.getSimpleSearch(SimpleSearch.all()).totalPatients();
      CLOCK.advance(Duration.ofSeconds(7200 + 1));
      int after = nbia.getSimpleSearch(SimpleSearch.all()).totalPatients();
      assertThat(after).isEqualTo(before).isPositive();
    }
    List<RecordedRequest> searches = requests(Host.NBIA, "getSimpleSearchWithModalityAndBodyPartPaged");
    assertThat(searches).extracting(RecordedRequest::status).containsExactly(200, 401, 200);
    List<RecordedRequest> grants = requests(Host.NBIA, "oauth/token");
    assertThat(grants).hasSize(2);
    assertThat(grants.get(0).formParameters().get("grant_type")).containsExactly("password");
    assertThat(grants.get(1).formParameters().get("grant_type")).containsExactly("refresh_token");
    assertThat(grants).allSatisfy(g -> assertThat(g.status()).isEqualTo(200));
    assertThat(searches.get(2).user()).contains(TciaSandbox.RESEARCHER);
  }

  @Test
  void restrictedCollectionIsVisibleOnlyToItsUserOnV2() {
    String restricted = TciaSandbox.RESTRICTED_COLLECTION;
    SimpleSearch search = SimpleSearch.builder().collections(restricted).size(1000).build();
    try (NbiaClient guest = v2(null); NbiaClient researcher = v2(RESEARCHER);
        NbiaClient other = v2(new Credentials(OTHER, OTHER_PASSWORD))) {
      assertThat(names(researcher.getCollections())).contains(restricted);
      assertThat(names(guest.getCollections())).doesNotContain(restricted);
      assertThat(names(other.getCollections())).doesNotContain(restricted).contains("SBX-Lung-CT");
      List<PatientHit> hits = researcher.getSimpleSearch(search).resultSet();
      assertThat(hits).isNotEmpty().allMatch(h -> h.project().equals(restricted));
      assertThat(guest.getSimpleSearch(search).resultSet()).isEmpty();
      assertThat(other.getSimpleSearch(search).resultSet()).isEmpty();
      assertThat(researcher.simpleSearchUids(search)).isNotEmpty();
      assertThat(other.simpleSearchUids(search)).isEmpty();
    }
  }

  @Test
  void restrictedCollectionIsVisibleOnlyToItsUserOnV4WithLogin() {
    String restricted = TciaSandbox.RESTRICTED_COLLECTION;
    SimpleSearch search = SimpleSearch.builder().collections(restricted).build();
    try (NbiaClient anonymous = NbiaClient.connect(sandbox().nbiaUrl());
        NbiaClient researcher = NbiaClient.builder().baseUrl(sandbox().nbiaUrl()).login(RESEARCHER).build();
        NbiaClient other = NbiaClient.builder().baseUrl(sandbox().nbiaUrl())
            .login(new Credentials(OTHER, OTHER_PASSWORD)).build()) {
      assertThat(researcher.apiVersion()).isEqualTo(ApiVersion.V4);
      assertThat(names(researcher.getCollections())).contains(restricted);
      assertThat(names(anonymous.getCollections())).doesNotContain(restricted);
      assertThat(names(other.getCollections())).doesNotContain(restricted);
      assertThat(researcher.getSimpleSearch(search).totalPatients()).isPositive();
      assertThat(anonymous.getSimpleSearch(search).totalPatients()).isZero();
      assertThat(other.getSimpleSearch(search).totalPatients()).isZero();
    }
    assertThat(requests(Host.NBIA, "getSimpleSearch")).allMatch(r -> r.family().equals("v4"));
  }

  @Test
  void nlstHasItsOwnHostTokenAndData() {
    sandbox().clearRequests();
    try (NbiaClient nlst = NbiaClient.builder().baseUrl(sandbox().nlstUrl()).apiVersion(ApiVersion.V2).build()) {
      assertThat(names(nlst.getCollections())).containsExactly("SBX-NLST");
      List<PatientHit> hits = nlst.simpleSearchPatients(SimpleSearch.builder().size(5).build()).toList();
      assertThat(hits).isNotEmpty().allMatch(h -> h.project().equals("SBX-NLST"));
      Set<String> nlstUids = sandbox().dataset(Host.NLST).series().stream().map(Series::seriesInstanceUid)
          .collect(Collectors.toSet());
      assertThat(nlst.simpleSearchUids(SimpleSearch.all().withSize(1000))).isNotEmpty().allMatch(nlstUids::contains);
    }
    assertThat(requests(Host.NLST, "oauth/token")).hasSize(1);
    assertThat(sandbox().requests(Host.NBIA)).isEmpty();
    assertThat(sandbox().requests(Host.NLST)).allMatch(r -> r.endpoint().equals("oauth/token") || r.status() == 200);

    String mainToken = RawHttp.token(sandbox().nbiaUrl(), "nbia_guest", "");
    HttpResponse<String> onNlst = RawHttp.get(sandbox().nlstUrl() + "/nbia-api/services/v2/getCollectionValues", mainToken);
    assertThat(onNlst.statusCode()).as("a main-host token is unknown to NLST").isEqualTo(401);
    HttpResponse<String> onMain = RawHttp.get(sandbox().nbiaUrl() + "/nbia-api/services/v2/getCollectionValues", mainToken);
    assertThat(onMain.statusCode()).isEqualTo(200);
    assertThat(onMain.body()).doesNotContain("SBX-NLST");

    try (NbiaClient main = v2(RESEARCHER)) {
      assertThat(names(main.getCollections())).doesNotContain("SBX-NLST");
    }
  }

  @Test
  void sharedCartsAreCreatedInChunksAndCanBeReadBack() {
    List<String> uids = sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.visible() && s.collection().equals("SBX-Lung-CT")).limit(5).map(Series::seriesInstanceUid).toList();
    assertThat(uids).hasSize(5);
    List<String> urls;
    try (NbiaClient nbia = v2(null)) {
      urls = nbia.makeSharedCart(SharedCartRequest.of(uids).withName("q2 cart").withChunkSize(2)
          .withDescription("lung & more: 100%").withDescriptionUrl("https://example.org/?a=1&b=2"));
    }
    String root = sandbox().nbiaUrl();
    assertThat(urls).containsExactly(root + "/nbia-search/?saved-cart=q2%20cart-part1",
        root + "/nbia-search/?saved-cart=q2%20cart-part2", root + "/nbia-search/?saved-cart=q2%20cart-part3");
    SharedCart second = sandbox().dataset(Host.NBIA).cart("q2 cart-part2").orElseThrow();
    assertThat(second.seriesInstanceUids()).containsExactlyElementsOf(uids.subList(2, 4));
    assertThat(second.description()).isEqualTo("lung & more: 100%");
    assertThat(second.url()).isEqualTo("https://example.org/?a=1&b=2");
    assertThat(second.owner()).isEqualTo("nbia_guest");

    HttpResponse<String> contents = RawHttp.get(root + "/nbia-api/services/v1/getContentsByName?name=q2%20cart-part3", null);
    assertThat(contents.statusCode()).isEqualTo(200);
    assertThat(contents.body()).contains("\"SeriesInstanceUID\":\"" + uids.get(4) + "\"")
        .doesNotContain(uids.get(0));
  }

  @Test
  void aRandomCartNameIsUsedWhenNoneIsGiven() {
    String uid = sandbox().dataset(Host.NBIA).series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Breast-MR")).findFirst().orElseThrow().seriesInstanceUid();
    try (NbiaClient nbia = v2(null)) {
      String url = nbia.makeSharedCart(List.of(uid)).get(0);
      assertThat(url).matches(java.util.regex.Pattern.quote(sandbox().nbiaUrl()) + "/nbia-search/\\?saved-cart=nbia-\\d{16,17}");
      String name = url.substring(url.indexOf("=") + 1);
      assertThat(sandbox().dataset(Host.NBIA).cart(name)).hasValueSatisfying(c ->
          assertThat(c.seriesInstanceUids()).containsExactly(uid));
    }
  }

  @Test
  void aDuplicateCartNameIsAClearError() {
    String uid = sandbox().dataset(Host.NBIA).series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Lung-CT")).findFirst().orElseThrow().seriesInstanceUid();
    try (NbiaClient nbia = v2(null)) {
      nbia.makeSharedCart(SharedCartRequest.of(List.of(uid)).withName("q2-dup"));
      assertThatThrownBy(() -> nbia.makeSharedCart(SharedCartRequest.of(List.of(uid)).withName("q2-dup")))
          .isInstanceOfSatisfying(SharedCartException.class, e -> assertThat(e.createdCartUrls()).isEmpty())
          .hasMessageContaining("'q2-dup'").hasMessageContaining("Duplicate list name")
          .hasMessageContaining("No cart was created");
    }
    assertThat(requests(Host.NBIA, "createSharedList")).extracting(RecordedRequest::status).containsExactly(200, 400);
  }

  @Test
  void aSeriesTheUserMayNotSeeStopsTheCartsNamingThoseCreated() {
    String open = sandbox().dataset(Host.NBIA).series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Lung-CT")).findFirst().orElseThrow().seriesInstanceUid();
    String restricted = sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.collection().equals(TciaSandbox.RESTRICTED_COLLECTION)).findFirst().orElseThrow()
        .seriesInstanceUid();
    try (NbiaClient guest = v2(null)) {
      assertThatThrownBy(() -> guest.makeSharedCart(SharedCartRequest.of(List.of(open, restricted, open))
          .withName("q2-mixed").withChunkSize(1)))
          .isInstanceOfSatisfying(SharedCartException.class, e -> {
            assertThat(e.failedCartName()).isEqualTo("q2-mixed-part2");
            assertThat(e.createdCartUrls()).containsExactly(sandbox().nbiaUrl() + "/nbia-search/?saved-cart=q2-mixed-part1");
          })
          .hasMessageContaining("User does not have permission for all series in list")
          .hasMessageContaining("Carts already created");
    }
    assertThat(sandbox().dataset(Host.NBIA).cart("q2-mixed-part3")).isEmpty();
  }

  @Test
  void qcSearchWorksForCuratorsAndExplainsWhyOthersFail() {
    long lungSeries = sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.collection().equals("SBX-Lung-CT")).count();
    long hidden = sandbox().dataset(Host.NBIA).series().stream()
        .filter(s -> s.collection().equals("SBX-Lung-CT") && !s.visible()).count();
    assertThat(hidden).isPositive();
    try (NbiaClient curator = v2(CURATOR)) {
      List<QcSearchRow> rows = curator.getAdvancedQCSearch(QcCriterion.of("collection", "SBX-Lung-CT"));
      assertThat(rows).hasSize((int) lungSeries);
      assertThat(rows).allSatisfy(r -> assertThat(r.collectionSite()).startsWith("SBX-Lung-CT//"));
      assertThat(rows).filteredOn(r -> "Not Yet Reviewed".equals(r.visibilityStatus())).hasSize((int) hidden);
      List<QcSearchRow> ctOnly = curator.getAdvancedQCSearch(List.of(QcCriterion.of("collection", "SBX-Lung-CT"),
          QcCriterion.of("modality", "CT")));
      assertThat(ctOnly).isNotEmpty().hasSizeLessThan(rows.size()).allMatch(r -> r.modality().equals("CT"));
      List<QcSearchRow> range = curator.getAdvancedQCSearch(QcCriterion.dateRange("submissiondate",
          LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31)));
      assertThat(range).isEmpty();
    }
    RecordedRequest qc = requests(Host.NBIA, "getAdvancedQCSearch").get(1);
    assertThat(qc.formParameters().get("inputType1")).containsExactly("list");
    assertThat(qc.formParameters().get("boolean1")).containsExactly("AND");
    for (Credentials notCurator : new Credentials[] {Credentials.guest(), RESEARCHER}) {
      try (NbiaClient nbia = v2(notCurator)) {
        assertThatThrownBy(() -> nbia.getAdvancedQCSearch(QcCriterion.of("collection", "SBX-Lung-CT")))
            .isInstanceOf(TciaUnauthorizedException.class)
            .hasMessageContaining("needs curator rights")
            .hasMessageContaining("'" + notCurator.username() + "'");
      }
    }
  }

  @Test
  void v2SearchSendsDayFirstDatesAndFindsWhatV4Finds() {
    SimpleSearch search = SimpleSearch.builder().collections("SBX-Lung-CT", "SBX Head+Neck")
        .dateRange(LocalDate.of(2005, 1, 1), LocalDate.of(2010, 12, 31)).size(1000).build();
    List<String> viaV2;
    List<String> viaV4;
    try (NbiaClient v2 = v2(null); NbiaClient v4 = NbiaClient.connect(sandbox().nbiaUrl())) {
      viaV2 = v2.getSimpleSearch(search).resultSet().stream().map(PatientHit::subjectId).toList();
      viaV4 = v4.getSimpleSearch(search).resultSet().stream().map(PatientHit::subjectId).toList();
      int unfiltered = v4.getSimpleSearch(SimpleSearch.builder().collections("SBX-Lung-CT", "SBX Head+Neck")
          .build()).totalPatients();
      assertThat(viaV4).isNotEmpty().hasSizeLessThan(unfiltered);
      assertThat(v2.simpleSearchUids(search)).containsExactlyInAnyOrderElementsOf(v4.simpleSearchUids(search));
    }
    assertThat(viaV2).isEqualTo(viaV4);
    RecordedRequest advanced = requests(Host.NBIA, "getSimpleSearchWithModalityAndBodyPartPaged").get(0);
    assertThat(advanced.formParameters().get("criteriaType0")).containsExactly("DateRangeCriteria");
    assertThat(advanced.formParameters().get("fromDate0")).containsExactly("01/01/2005");
    assertThat(advanced.formParameters().get("toDate0")).containsExactly("31/12/2010");
    assertThat(requests(Host.NBIA, "getManifestForSimpleSearch")).extracting(RecordedRequest::family)
        .containsExactly("advanced", "v4");
  }
}
