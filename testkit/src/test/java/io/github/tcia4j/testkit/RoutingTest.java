package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  @Test
  void bothPrefixesServeTheSameAnswer() {
    Http.Res a = http().get(V4 + "getCollectionValues");
    Http.Res b = http().get("/nbia-api/v4/getCollectionValues");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(b.body()).startsWith("[{\"Collection\":");
    assertThat(a.header("Access-Control-Allow-Origin")).contains("*");
  }

  @Test
  void unknownPathsGiveTomcatsHtml404() {
    for (String path : new String[] {V4 + "getNothing", "/other", "/nbia-api/services/v3/getUserList",
        V4 + "getseries", V4 + "getSeriesMetaData", V2 + "getSeriesMetadata", "/nbia-api/services/v4/a/b"}) {
      Http.Res r = http().get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.body()).contains("HTTP Status 404 – Not Found").doesNotContain("Exception");
    }
  }

  @Test
  void endpointNamesAreCaseSensitivePerFamily() {
    assertThat(http().post(V4 + "getSeriesMetadata").status()).isEqualTo(400);
    assertThat(http().get(V2 + "getSeriesMetaData").status()).isEqualTo(401);
    assertThat(http().get("/nbia-api/services/v1/getSeriesMetaData").status()).isEqualTo(400);
  }

  @Test
  void headIsA500WithTheFortyEightByteLength() {
    Http.Res r = http().method("HEAD", V4 + "getSeries");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.header("Content-Length")).contains("48");
    assertThat(r.body()).isEmpty();
    assertThat((Paths.PROCESS_FAILED + "\nnull").length()).isEqualTo(48);
  }

  @Test
  void wrongMethodIs405() {
    Http.Res r = http().post(V4 + "getSeries", "Collection", "x");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).contains("GET");
    assertThat(http().get(V4 + "getSimpleSearch").status()).isEqualTo(405);
  }

  @Test
  void healthAnswersUp() {
    Http.Res r = http().get("/nbia-api/services/up");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("up");
  }

  @Test
  void malformedEscapesGiveA400NotAStackTrace() {
    // the JDK server rejects a request line java.net.URI cannot parse before any handler runs
    String r = http().rawRequest("GET", V4 + "getSeries?Collection=%zz");
    assertThat(r).startsWith("HTTP/1.1 400").doesNotContain("\tat ").doesNotContain("at io.");
    // a form body with a bad escape reaches the sandbox, which answers Tomcat's 400 page
    Http.Res form = http().postRaw(V4 + "getSeriesMetadata", "application/x-www-form-urlencoded",
        "list=%zz");
    assertThat(form.status()).isEqualTo(400);
    assertThat(form.body()).contains("HTTP Status 400").doesNotContain("Exception");
  }
}
