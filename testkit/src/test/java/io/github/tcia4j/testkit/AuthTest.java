package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.TOKEN;
import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.auth.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
  private static final String KEYCLOAK = "/auth/realms/TCIA/protocol/openid-connect/token";
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
  private static TciaSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.builder().clock(CLOCK).user("alice", "wonderland",
        TciaSandbox.RESTRICTED_COLLECTION).user("bob", "builder").start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Http http() {
    return Http.of(sandbox);
  }

  private static Map<String, Object> grant(Http h, String user, String password) {
    Http.Res r = h.post(TOKEN, "username", user, "password", password, "client_id", "NBIA",
        "grant_type", "password");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/json");
    return Json.object(r.body());
  }

  @Test
  void guestGetsAKeycloakShapedToken() {
    Http.Res r = http().post("/nbia-api/services/oauth/token", "username", "nbia_guest",
        "password", "", "client_id", "nbia", "grant_type", "password");
    assertThat(r.status()).isEqualTo(200);
    Map<String, Object> t = Json.object(r.body());
    assertThat(t.keySet()).containsExactly("access_token", "expires_in", "refresh_expires_in",
        "refresh_token", "token_type", "id_token", "not-before-policy", "session_state", "scope");
    assertThat(t.get("expires_in")).isEqualTo(7200L);
    assertThat(t.get("token_type")).isEqualTo("Bearer");
    assertThat(t.get("not-before-policy")).isEqualTo(0L);
    assertThat(t.get("scope")).isEqualTo("openid profile email");
    assertThat((String) t.get("access_token")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void badCredentialsAndClientsGetKeycloakErrors() {
    Http.Res wrong = http().post(TOKEN, "username", "alice", "password", "nope", "client_id",
        "NBIA", "grant_type", "password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(
        "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
    Http.Res client = http().post(TOKEN, "username", "alice", "password", "wonderland",
        "client_id", "nbiaRestAPIClient", "grant_type", "password");
    assertThat(client.status()).isEqualTo(401);
    assertThat(client.body()).startsWith("{\"error\":\"unauthorized_client\"");
    Http.Res noGrant = http().post(TOKEN, "username", "alice", "client_id", "NBIA");
    assertThat(noGrant.status()).isEqualTo(400);
    assertThat(noGrant.body()).contains("Missing form parameter: grant_type");
    Http.Res otherGrant = http().post(TOKEN, "client_id", "NBIA", "grant_type", "client_credentials");
    assertThat(otherGrant.body()).contains("unsupported_grant_type");
    Http.Res badRefresh = http().post(TOKEN, "client_id", "NBIA", "grant_type", "refresh_token",
        "refresh_token", "garbage");
    assertThat(badRefresh.status()).isEqualTo(400);
    assertThat(badRefresh.body()).contains("Invalid refresh token");
    assertThat(http().get(TOKEN).status()).isEqualTo(405);
  }

  @Test
  void v2AndAdvancedNeedAValidTokenAndAnswerAnEmpty401() {
    Http.Res none = http().get(V2 + "getCollectionValues");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).isEmpty();
    Http.Res bogus = http().withToken("not-a-token").get(V2 + "getCollectionValues");
    assertThat(bogus.status()).isEqualTo(401);
    assertThat(bogus.body()).isEmpty();
    assertThat(http().get(ADV + "getCollectionValuesAndCounts").status()).isEqualTo(401);
    String guest = (String) grant(http(), "nbia_guest", "").get("access_token");
    Http.Res ok = http().withToken(guest).get(V2 + "getCollectionValues");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).doesNotContain(TciaSandbox.RESTRICTED_COLLECTION);
  }

  @Test
  void tokensExpireByTheSandboxClockAndRefresh() {
    Map<String, Object> t = grant(http(), "bob", "builder");
    Http h = http().withToken((String) t.get("access_token"));
    assertThat(h.get(V2 + "getCollectionValues").status()).isEqualTo(200);
    CLOCK.advance(Duration.ofSeconds(7199));
    assertThat(h.get(V2 + "getCollectionValues").status()).isEqualTo(200);
    CLOCK.advance(Duration.ofSeconds(1));
    Http.Res expired = h.get(V2 + "getCollectionValues");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body()).isEmpty();
    // v4 ignores the expired token and answers as the guest
    assertThat(h.get(V4 + "getCollectionValues").status()).isEqualTo(200);
    Http.Res refreshed = http().post(TOKEN, "client_id", "nbia", "grant_type", "refresh_token",
        "refresh_token", (String) t.get("refresh_token"));
    assertThat(refreshed.status()).isEqualTo(200);
    Map<String, Object> t2 = Json.object(refreshed.body());
    assertThat(t2.get("refresh_token")).isEqualTo(t.get("refresh_token"));
    assertThat((Long) t2.get("refresh_expires_in")).isEqualTo(8 * 3600L - 7200L);
    assertThat(http().withToken((String) t2.get("access_token")).get(V2 + "getCollectionValues")
        .status()).isEqualTo(200);
    CLOCK.advance(Duration.ofHours(8));
    Http.Res dead = http().post(TOKEN, "client_id", "nbia", "grant_type", "refresh_token",
        "refresh_token", (String) t.get("refresh_token"));
    assertThat(dead.status()).isEqualTo(400);
    assertThat(dead.body()).contains("Token is not active");
  }

  @Test
  void restrictedCollectionIsVisibleOnlyWithTheGrantedUsersToken() {
    String alice = (String) grant(http(), "alice", "wonderland").get("access_token");
    String bob = (String) grant(http(), "bob", "builder").get("access_token");
    String researcher = (String) grant(http(), TciaSandbox.RESEARCHER,
        TciaSandbox.RESEARCHER_PASSWORD).get("access_token");
    String restricted = TciaSandbox.RESTRICTED_COLLECTION;
    assertThat(http().get(V4 + "getCollectionValues").body()).doesNotContain(restricted);
    assertThat(http().withToken(bob).get(V4 + "getCollectionValues").body())
        .doesNotContain(restricted);
    assertThat(http().withToken(alice).get(V4 + "getCollectionValues").body()).contains(restricted);
    assertThat(http().withToken(researcher).get(V2 + "getCollectionValues").body())
        .contains(restricted);
    assertThat(http().withToken(alice).get(V4 + "getSeries", "Collection", restricted).body())
        .contains("\"Collection\":\"" + restricted + "\"");
    assertThat(http().get(V4 + "getSeries", "Collection", restricted).body()).isEmpty();
    // v1 never shows restricted data, token or not
    assertThat(http().withToken(alice).get(V1 + "getCollectionValues").body())
        .doesNotContain(restricted);
  }

  @Test
  void tokensOfOneHostAreUnknownOnTheOther() {
    String main = (String) grant(http(), "nbia_guest", "").get("access_token");
    Http nlst = Http.nlst(sandbox);
    assertThat(nlst.withToken(main).get(V2 + "getCollectionValues").status()).isEqualTo(401);
    String own = (String) grant(nlst, "nbia_guest", "").get("access_token");
    Http.Res r = nlst.withToken(own).get(V2 + "getCollectionValues");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("[{\"Collection\":\"SBX-NLST\"}]");
  }

  @Test
  void passwordsAndTokensNeverReachTheRequestLog() {
    sandbox.clearRequests();
    String t = (String) grant(http(), "alice", "wonderland").get("access_token");
    http().withToken(t).get(V2 + "getCollectionValues");
    assertThat(sandbox.requests()).hasSize(2);
    RecordedRequest token = sandbox.requests().get(0);
    assertThat(token.endpoint()).isEqualTo("oauth/token");
    assertThat(token.family()).isEqualTo("root");
    assertThat(token.formParameters().get("password")).containsExactly("<redacted>");
    assertThat(token.formParameters().get("username")).containsExactly("alice");
    RecordedRequest call = sandbox.requests().get(1);
    assertThat(call.bearerToken()).isTrue();
    assertThat(call.user()).contains("alice");
    assertThat(call.headers()).containsEntry("Authorization", "Bearer <redacted>");
    assertThat(call.toString()).doesNotContain(t).doesNotContain("wonderland");
  }

  /** The form auth-era tcia_utils posts to Keycloak (tcia-utils-surface section 2.2). */
  private static Http.Res keycloak(Http h, String user, String password) {
    return h.post(KEYCLOAK, "client_id", "nbia", "scope", "openid", "grant_type", "password",
        "username", user, "password", password);
  }

  @Test
  void keycloakRealmPathIssuesTokensLikeAuthEraTciaUtilsExpects() {
    Http.Res r = keycloak(http(), "nbia_guest", UserAccount.DEFAULT_GUEST_PASSWORD);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/json");
    Map<String, Object> t = Json.object(r.body());
    assertThat(t).containsKeys("access_token", "expires_in", "refresh_token", "id_token");
    assertThat(t.get("expires_in")).isEqualTo(7200L);
    Http.Res v2 = http().withToken((String) t.get("access_token")).get(V2 + "getCollectionValues");
    assertThat(v2.status()).isEqualTo(200);
    assertThat(v2.body()).contains("SBX-").doesNotContain(TciaSandbox.RESTRICTED_COLLECTION);

    Http.Res refreshed = http().post(KEYCLOAK, "client_id", "nbia", "grant_type",
        "refresh_token", "refresh_token", (String) t.get("refresh_token"));
    assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
    assertThat(Json.object(refreshed.body()).get("access_token")).isNotEqualTo(t.get("access_token"));

    Http.Res researcher = keycloak(http(), TciaSandbox.RESEARCHER, TciaSandbox.RESEARCHER_PASSWORD);
    String token = (String) Json.object(researcher.body()).get("access_token");
    assertThat(http().withToken(token).get(V2 + "getCollectionValues").body())
        .contains(TciaSandbox.RESTRICTED_COLLECTION);
  }

  @Test
  void keycloakChecksTheGuestPasswordAndKnowsOnlyItsClient() {
    Http.Res empty = keycloak(http(), "nbia_guest", "");
    assertThat(empty.status()).isEqualTo(401);
    assertThat(empty.body()).isEqualTo(
        "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
    assertThat(keycloak(http(), "nbia_guest", "wrong").status()).isEqualTo(401);
    Http.Res proxyClient = http().post(KEYCLOAK, "client_id", "NBIA", "grant_type", "password",
        "username", "nbia_guest", "password", UserAccount.DEFAULT_GUEST_PASSWORD);
    assertThat(proxyClient.status()).isEqualTo(401);
    assertThat(proxyClient.body()).contains("unauthorized_client");
    assertThat(http().get(KEYCLOAK).status()).isEqualTo(405);
    assertThat(http().post("/realms/TCIA/protocol/openid-connect/token", "client_id", "nbia")
        .status()).isEqualTo(404);
    assertThat(http().post("/auth/realms/other/protocol/openid-connect/token", "client_id",
        "nbia").status()).isEqualTo(404);
  }

  @Test
  void proxyFillsInTheGuestPasswordButAlsoAcceptsIt() {
    assertThat(http().post(TOKEN, "username", "nbia_guest", "password", "", "client_id", "NBIA",
        "grant_type", "password").status()).isEqualTo(200);
    assertThat(http().post(TOKEN, "username", "nbia_guest", "client_id", "NBIA", "grant_type",
        "password").status()).isEqualTo(200);
    assertThat(http().post(TOKEN, "username", "nbia_guest", "password",
        UserAccount.DEFAULT_GUEST_PASSWORD, "client_id", "nbia", "grant_type", "password")
        .status()).isEqualTo(200);
    assertThat(http().post(TOKEN, "username", "nbia_guest", "password", "wrong", "client_id",
        "NBIA", "grant_type", "password").status()).isEqualTo(401);
    // only the guest gets a password filled in
    assertThat(http().post(TOKEN, "username", TciaSandbox.RESEARCHER, "password", "",
        "client_id", "NBIA", "grant_type", "password").status()).isEqualTo(401);
  }

  @Test
  void theGuestPasswordIsConfigurable() {
    String published = "the-published-guest-password";
    try (TciaSandbox s = TciaSandbox.builder().guestPassword(published).start()) {
      Http h = Http.of(s);
      assertThat(keycloak(h, "nbia_guest", published).status()).isEqualTo(200);
      assertThat(keycloak(h, "nbia_guest", UserAccount.DEFAULT_GUEST_PASSWORD).status())
          .isEqualTo(401);
      assertThat(h.post(TOKEN, "username", "nbia_guest", "password", "", "client_id", "NBIA",
          "grant_type", "password").status()).isEqualTo(200);
      assertThat(keycloak(Http.nlst(s), "nbia_guest", published).status()).isEqualTo(200);
      assertThat(s.tokens(Host.NBIA).user("nbia_guest").orElseThrow().password())
          .isEqualTo(published);
    }
    assertThatThrownBy(() -> TciaSandbox.builder().guestPassword(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guest password must not be empty");
    assertThatThrownBy(() -> TciaSandbox.builder().user("nbia_guest", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guestPassword(...)");
  }

  @Test
  void keycloakRequestsAreLoggedWithoutSecrets() {
    sandbox.clearRequests();
    keycloak(http(), "nbia_guest", UserAccount.DEFAULT_GUEST_PASSWORD);
    RecordedRequest r = sandbox.requests().get(0);
    assertThat(r.family()).isEqualTo("keycloak");
    assertThat(r.endpoint()).isEqualTo("openid-connect/token");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.formParameters().get("password")).containsExactly("<redacted>");
    assertThat(r.toString()).doesNotContain(UserAccount.DEFAULT_GUEST_PASSWORD);
  }

  @Test
  void bearerUndefinedIsTheWebUisNoTokenAndServedAsTheGuest() {
    sandbox.clearRequests();
    String alice = (String) grant(http(), "alice", "wonderland").get("access_token");
    Http undefined = http().withToken("undefined");
    Http.Res v4 = undefined.get(V4 + "getCollectionValues");
    assertThat(v4.status()).isEqualTo(200);
    assertThat(v4.body()).isEqualTo(http().get(V4 + "getCollectionValues").body())
        .contains("SBX-").doesNotContain(TciaSandbox.RESTRICTED_COLLECTION);
    assertThat(http().withToken(alice).get(V4 + "getCollectionValues").body())
        .contains(TciaSandbox.RESTRICTED_COLLECTION);
    assertThat(undefined.get(V4 + "getSeries", "Collection", TciaSandbox.RESTRICTED_COLLECTION)
        .body()).isEmpty();
    RecordedRequest logged = sandbox.requests().get(1);
    assertThat(logged.endpoint()).isEqualTo("getCollectionValues");
    assertThat(logged.bearerToken()).as("'undefined' is no token").isFalse();
    assertThat(logged.user()).isEmpty();
    assertThat(logged.headers()).containsEntry("Authorization", "Bearer undefined");
    // on v2 it is no token either: 401
    Http.Res v2 = undefined.get(V2 + "getCollectionValues");
    assertThat(v2.status()).isEqualTo(401);
    assertThat(v2.body()).isEmpty();
  }
}
