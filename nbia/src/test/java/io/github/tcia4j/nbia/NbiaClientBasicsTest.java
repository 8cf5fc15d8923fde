package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.common.error.TciaIoException;
import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.nbia.model.CollectionValue;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NbiaClientBasicsTest {
  private static TciaSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<String> publicCollections(Host host) {
    return sandbox.dataset(host).collections().stream().filter(c -> !c.restricted()).map(c -> c.name()).sorted().toList();
  }

  @Test
  void getCollectionsReturnsTheSandboxCollectionsInServerOrder() {
    try (NbiaClient nbia = NbiaClient.connect(sandbox.nbiaUrl())) {
      assertThat(nbia.getCollections()).extracting(CollectionValue::name)
          .containsExactlyElementsOf(publicCollections(Host.NBIA));
    }
    RecordedRequest last = sandbox.requests().get(sandbox.requests().size() - 1);
    assertThat(last.path()).isEqualTo("/nbia-api/services/v4/getCollectionValues");
  }

  @Test
  void nlstHostHasItsOwnCollections() {
    try (NbiaClient nlst = NbiaClient.connect(sandbox.nlstUrl())) {
      assertThat(nlst.getCollections()).extracting(CollectionValue::name)
          .containsExactlyElementsOf(publicCollections(Host.NLST))
          .doesNotContainAnyElementsOf(publicCollections(Host.NBIA));
    }
  }

  @Test
  void v1AndV2UseTheirPathsAndV2LogsInAsGuest() {
    try (NbiaClient v1 = NbiaClient.builder().baseUrl(sandbox.nbiaUrl()).apiVersion(ApiVersion.V1).build()) {
      assertThat(v1.getCollections()).isNotEmpty();
    }
    try (NbiaClient v2 = NbiaClient.builder().baseUrl(sandbox.nbiaUrl()).apiVersion(ApiVersion.V2).build()) {
      assertThat(v2.config().oauth()).hasValueSatisfying(o -> assertThat(o.credentials().isGuest()).isTrue());
      assertThat(v2.getCollections()).extracting(CollectionValue::name).containsAll(publicCollections(Host.NBIA));
    }
    assertThat(sandbox.requests()).extracting(RecordedRequest::path)
        .contains("/nbia-api/services/v1/getCollectionValues", "/nbia-api/oauth/token",
            "/nbia-api/services/v2/getCollectionValues");
  }

  @Test
  void loginAddsTheRestrictedCollectionOnV4() {
    try (NbiaClient nbia = NbiaClient.builder().baseUrl(sandbox.nbiaUrl())
        .login(new Credentials(TciaSandbox.RESEARCHER, TciaSandbox.RESEARCHER_PASSWORD)).build()) {
      assertThat(nbia.getCollections()).extracting(CollectionValue::name).contains(TciaSandbox.RESTRICTED_COLLECTION);
    }
  }

  @Test
  void presetsAndBaseUrlRules() {
    assertThat(NbiaClient.builder().build().baseUrl()).hasToString("https://nbia.cancerimagingarchive.net");
    assertThat(NbiaClient.builder().server(NbiaServer.NLST).build().baseUrl()).hasToString("https://nlst.cancerimagingarchive.net");
    assertThat(NbiaClient.connect("http://127.0.0.1:8080/").baseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(NbiaServer.fromApiUrl("NLST")).isEqualTo(NbiaServer.NLST);
    assertThat(NbiaServer.fromApiUrl("")).isEqualTo(NbiaServer.NBIA);
    assertThatThrownBy(() -> NbiaServer.fromApiUrl("restricted")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nlst\"");
    assertThatThrownBy(() -> NbiaClient.connect("https://nbia.cancerimagingarchive.net/nbia-api/services/v4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use 'https://nbia.cancerimagingarchive.net'");
    assertThatThrownBy(() -> NbiaClient.connect("not a url")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a url");
  }

  @Test
  void unreachableHostGivesAnIoExceptionNamingTheEndpoint() {
    try (NbiaClient nbia = NbiaClient.builder().baseUrl("http://127.0.0.1:1")
        .configure(c -> c.retryPolicy(RetryPolicy.none())).build()) {
      assertThatThrownBy(nbia::getCollections).isInstanceOf(TciaIoException.class)
          .hasMessageContaining("127.0.0.1:1").hasMessageContaining("getCollectionValues");
    }
  }
}
