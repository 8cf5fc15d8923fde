package io.github.tcia4j.nbia;

import static io.github.tcia4j.nbia.SimpleSearchClientTest.client;
import static io.github.tcia4j.nbia.SimpleSearchClientTest.tokenOr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaBadRequestException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.common.error.TciaUnauthorizedException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.nbia.ScriptedTransport.Answer;
import io.github.tcia4j.nbia.model.QcSearchRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Shared carts and the QC search over a scripted transport: encoding, chunking and errors. */
class CartAndQcClientTest {

  private static List<HttpCall> apiCalls(ScriptedTransport t) {
    return t.calls().stream().filter(c -> !c.uri().getPath().endsWith("/oauth/token")).toList();
  }

  @Test
  void cartsNeedApiV2() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.text(200, "List created"));
    for (ApiVersion v : List.of(ApiVersion.V4, ApiVersion.V1)) {
      try (NbiaClient nbia = client(v, t)) {
        assertThatThrownBy(() -> nbia.makeSharedCart(List.of("1.2")))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("login on API v2").hasMessageContaining("apiVersion(ApiVersion.V2)");
      }
    }
    assertThat(t.calls()).isEmpty();
  }

  @Test
  void createsOneCartWithAnEncodedFormAndReturnsItsUrl() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(200, "List created")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      List<String> urls = nbia.makeSharedCart(SharedCartRequest.of(List.of("1.2.3", "1.2.4"))
          .withName("my cart&co").withDescription("CT + PET, 50%").withDescriptionUrl("https://x.org/?a=1&b=2"));
      assertThat(urls).containsExactly("http://nbia.test/nbia-search/?saved-cart=my%20cart%26co");
    }
    HttpCall call = apiCalls(t).get(0);
    assertThat(call.uri().toString()).isEqualTo("http://nbia.test/nbia-api/services/createSharedList");
    assertThat(call.idempotent()).isFalse();
    String body = new String(call.body().orElseThrow(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("list=1.2.3&list=1.2.4&name=my%20cart%26co&description=CT%20%2B%20PET%2C%2050%25"
        + "&url=https%3A%2F%2Fx.org%2F%3Fa%3D1%26b%3D2");
    assertThat(ScriptedTransport.form(call)).contains(Map.entry("description", "CT + PET, 50%"));
  }

  @Test
  void randomNamesHave16Or17Digits() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(200, "List created")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      for (int i = 0; i < 20; i++) {
        String url = nbia.makeSharedCart(List.of("1.2")).get(0);
        assertThat(url).matches("http://nbia\\.test/nbia-search/\\?saved-cart=nbia-\\d{16,17}");
      }
    }
  }

  @Test
  void splitsIntoNamedParts() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(200, "List created")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      List<String> urls = nbia.makeSharedCart(SharedCartRequest.of(List.of("1", "2", "3", "4", "5"))
          .withName("big").withChunkSize(2));
      assertThat(urls).containsExactly("http://nbia.test/nbia-search/?saved-cart=big-part1",
          "http://nbia.test/nbia-search/?saved-cart=big-part2", "http://nbia.test/nbia-search/?saved-cart=big-part3");
    }
    assertThat(apiCalls(t)).extracting(c -> ScriptedTransport.form(c).stream()
        .filter(e -> e.getKey().equals("list")).map(Map.Entry::getValue).toList())
        .containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5"));
  }

  @Test
  void aRefusedChunkStopsAndNamesTheCartsAlreadyCreated() {
    AtomicInteger n = new AtomicInteger();
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> n.incrementAndGet() == 2
        ? Answer.text(400, "Duplicate list name") : Answer.text(200, "List created")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      SharedCartRequest request = SharedCartRequest.of(List.of("1", "2", "3")).withName("dup").withChunkSize(1);
      assertThatThrownBy(() -> nbia.makeSharedCart(request))
          .isInstanceOfSatisfying(SharedCartException.class, e -> {
            assertThat(e.failedCartName()).isEqualTo("dup-part2");
            assertThat(e.createdCartUrls()).containsExactly("http://nbia.test/nbia-search/?saved-cart=dup-part1");
            assertThat(e.getCause()).isInstanceOf(TciaBadRequestException.class);
          })
          .hasMessageContaining("'dup-part2' (chunk 2 of 3, 1 series)")
          .hasMessageContaining("HTTP 400 'Duplicate list name'")
          .hasMessageContaining("Carts already created: [http://nbia.test/nbia-search/?saved-cart=dup-part1]");
    }
    assertThat(apiCalls(t)).hasSize(2);
  }

  @Test
  void aFailedCartIsNotRetriedBecauseCreatingIsNotIdempotent() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(503, "busy")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      assertThatThrownBy(() -> nbia.makeSharedCart(SharedCartRequest.of(List.of("1")).withName("x")))
          .isInstanceOf(SharedCartException.class).hasMessageContaining("No cart was created")
          .hasCauseInstanceOf(TciaServerException.class);
    }
    assertThat(apiCalls(t)).hasSize(1);
  }

  @Test
  void cartRequestRejectsBadInput() {
    assertThatThrownBy(() -> SharedCartRequest.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one series");
    assertThatThrownBy(() -> SharedCartRequest.of(java.util.Arrays.asList("1", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[1]")
        .hasMessageContaining("was null");
    assertThatThrownBy(() -> SharedCartRequest.of(List.of("1.2", "a.b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriesUids[1] 'a.b' is not a valid DICOM UID");
    assertThatThrownBy(() -> SharedCartRequest.of(List.of("1.2", "1.2.3", " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[2]")
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> SharedCartRequest.of(List.of("1." + "2".repeat(70))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seriesUids[0]")
        .hasMessageContaining("at most 64");
    assertThatThrownBy(() -> SharedCartRequest.of(List.of("1")).withName(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cart name is blank");
    assertThatThrownBy(() -> SharedCartRequest.of(List.of("1")).withChunkSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunkSize must be at least 1");
    SharedCartRequest r = SharedCartRequest.of(List.of(" 1.2 "));
    assertThat(r.seriesUids()).containsExactly("1.2");
    assertThat(r.name()).isEmpty();
    assertThat(r.chunkSize()).isEqualTo(5000);
    assertThat(r.toString()).contains("1 series", "(random)");
  }

  @Test
  void qcSearchEncodesTypedCriteriaAndReadsRowsKeepingUnknownFields() {
    String rows = "[{\"patientId\":\"P1\",\"study\":\"1.1\",\"series\":\"1.1.1\",\"visibility\":\"1\","
        + "\"visibilityStatus\":\"Visible\",\"creationDate\":\"2003-12-12 00:00:00.0\",\"modality\":\"CT\","
        + "\"batch\":1,\"submissionType\":\"Complete\",\"releasedStatus\":\"Yes\",\"seriesPkId\":42,"
        + "\"collectionSite\":\"C//S\",\"newField\":\"kept\"}]";
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.ok(rows)));
    List<QcSearchRow> result;
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      result = nbia.getAdvancedQCSearch(QcCriterion.of("collection", "C"), QcCriterion.of("patientID", "P1,P2"));
    }
    assertThat(result).singleElement().satisfies(r -> {
      assertThat(r.series()).isEqualTo("1.1.1");
      assertThat(r.batch()).isEqualTo("1");
      assertThat(r.seriesPkId()).isEqualTo(42L);
      assertThat(r.extra()).containsEntry("newField", "kept");
    });
    HttpCall call = apiCalls(t).get(0);
    assertThat(call.uri().toString()).isEqualTo("http://nbia.test/nbia-api/services/getAdvancedQCSearch");
    assertThat(ScriptedTransport.form(call)).containsExactly(
        Map.entry("criteriaType0", "collection"), Map.entry("inputType0", "list"), Map.entry("value0", "C"),
        Map.entry("boolean0", "AND"), Map.entry("criteriaType1", "patientID"),
        Map.entry("inputType1", "commaSeperatedList"), Map.entry("value1", "P1,P2"), Map.entry("boolean1", "AND"));
  }

  @Test
  void qcSearchWithoutCuratorRightsSaysSo() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(401, "Insufficiant Privileges")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      assertThatThrownBy(() -> nbia.getAdvancedQCSearch(QcCriterion.of("collection", "C")))
          .isInstanceOf(TciaUnauthorizedException.class)
          .hasMessageContaining("needs curator rights").hasMessageContaining("'nbia_guest'")
          .hasMessageContaining("Insufficiant Privileges");
    }
  }

  @Test
  void otherUnauthorizedAnswersAreNotMistakenForMissingRights() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.text(401, "")));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      assertThatThrownBy(() -> nbia.getAdvancedQCSearch(QcCriterion.of("collection", "C")))
          .isInstanceOf(TciaUnauthorizedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("curator"));
    }
  }

  @Test
  void qcSearchRejectsOtherVersionsAndEmptyCriteria() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.ok("[]")));
    try (NbiaClient v4 = client(ApiVersion.V4, t)) {
      assertThatThrownBy(() -> v4.getAdvancedQCSearch(QcCriterion.of("collection", "C")))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("curator login on API v2");
    }
    try (NbiaClient v2 = client(ApiVersion.V2, t)) {
      assertThatThrownBy(() -> v2.getAdvancedQCSearch(List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one QcCriterion");
      assertThatThrownBy(() -> v2.getAdvancedQCSearch((List<QcCriterion>) null))
          .isInstanceOf(NullPointerException.class);
      assertThat(v2.getAdvancedQCSearch(QcCriterion.of("collection", "none"))).isEmpty();
    }
  }
}
