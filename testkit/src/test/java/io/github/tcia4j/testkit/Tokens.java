package io.github.tcia4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

/** Gets bearer tokens through the sandbox's token endpoint. */
final class Tokens {
  private Tokens() {}

  static String of(Http h, String user, String password) {
    Http.Res r = h.post(Paths.TOKEN, "username", user, "password", password, "client_id", "NBIA",
        "grant_type", "password");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return (String) Json.object(r.body()).get("access_token");
  }

  static Http guest(Http h) {
    return h.withToken(of(h, "nbia_guest", ""));
  }
}
