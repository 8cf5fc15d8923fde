package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.PROCESS_FAILED;
import static io.github.tcia4j.testkit.Paths.V1;
import static io.github.tcia4j.testkit.Paths.V2;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Error answers of the download endpoints and their exact texts. */
class DownloadErrorsTest {
  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();

  private static final String NPE_BODY = PROCESS_FAILED + "\nnull";

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data(Host h) {
    return sandbox.sandbox().dataset(h);
  }

  private static Series restricted() {
    return data(Host.NBIA).series().stream()
        .filter(s -> s.collection().equals(TciaSandbox.RESTRICTED_COLLECTION)).findFirst()
        .orElseThrow();
  }

  private static Series hidden() {
    return data(Host.NBIA).series().stream().filter(s -> !s.visible()).findFirst()
        .orElseThrow();
  }

  private static Series nlst() {
    return data(Host.NLST).series().get(0);
  }

  private static String sop(Host h, Series s) {
    return data(h).instances(s.seriesInstanceUid()).get(0).sopInstanceUid();
  }

  private static String notGranted(String uid) {
    return "The user has not been granted the access to image with given SeriesInstanceUID,"
        + uid + ". Please contact System Admin to resolve this issue.";
  }

  private static String notPublic(String uid) {
    return "Image with given SeriesInstanceUID," + uid + ", is not in public domain.";
  }

  private static void expect(Http.Res r, int status, String body) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).isEqualTo(body);
  }

  private static Http researcher() {
    return http().withToken(Tokens.of(http(), TciaSandbox.RESEARCHER,
        TciaSandbox.RESEARCHER_PASSWORD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"getImage", "getImageWithMD5Hash", "getDCMImage"})
  void aMissingSeriesUidIsA400InJson(String endpoint) {
    for (Http.Res r : new Http.Res[] {http().get(V4 + endpoint),
        http().get(V4 + endpoint, "SeriesInstanceUID", ""), http().get(V1 + endpoint)}) {
      expect(r, 400, "A parameter, SeriesInstanceUID, is required for this API call.");
      assertThat(r.contentType()).isEqualTo("application/json");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"getImage", "getImageWithMD5Hash"})
  void unknownHiddenAndOtherHostSeriesAreNotGranted(String endpoint) {
    for (String uid : new String[] {"1.2.3.4.5", hidden().seriesInstanceUid(),
        nlst().seriesInstanceUid()}) {
      Http.Res r = http().get(V4 + endpoint, "SeriesInstanceUID", uid);
      expect(r, 400, notGranted(uid));
      Http.Res v1 = http().get(V1 + endpoint, "SeriesInstanceUID", uid);
      expect(v1, 400, notPublic(uid));
    }
    Http.Res dcm = http().get(V4 + "getDCMImage", "SeriesInstanceUID", "1.2.3.4.5");
    assertThat(dcm.body()).isEqualTo(notPublic("1.2.3.4.5"));
  }

  @Test
  void theNlstSeriesDownloadsFromTheNlstHost() {
    Http.Res r = Http.nlst(sandbox.sandbox()).get(V4 + "getImage", "SeriesInstanceUID",
        nlst().seriesInstanceUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(Zips.names(Zips.entries(r.raw().body()))).startsWith("LICENSE", "00000001.dcm");
  }

  @Test
  void restrictedSeriesNeedTheRightToken() {
    String uid = restricted().seriesInstanceUid();
    Http.Res anonymous = http().get(V4 + "getImage", "SeriesInstanceUID", uid);
    expect(anonymous, 400, notGranted(uid));
    Http guest = Tokens.guest(http());
    assertThat(guest.get(V4 + "getImage", "SeriesInstanceUID", uid).body())
        .isEqualTo(notGranted(uid));
    assertThat(guest.get(V2 + "getImage", "SeriesInstanceUID", uid).body())
        .isEqualTo(notGranted(uid));
    Http granted = researcher();
    Http.Res v4 = granted.get(V4 + "getImage", "SeriesInstanceUID", uid);
    assertThat(v4.status()).isEqualTo(200);
    assertThat(Zips.entries(v4.raw().body())).hasSize(1 + restricted().imageCount());
    assertThat(granted.get(V2 + "getImageWithMD5Hash", "SeriesInstanceUID", uid).status())
        .isEqualTo(200);
    Http.Res v1 = granted.get(V1 + "getImage", "SeriesInstanceUID", uid);
    assertThat(v1.status()).as("v1 ignores tokens").isEqualTo(400);
    assertThat(v1.body()).isEqualTo(notPublic(uid));
  }

  @Test
  void v2DownloadsNeedAToken() {
    Series s = data(Host.NBIA).series().get(0);
    Http.Res r = http().get(V2 + "getImage", "SeriesInstanceUID", s.seriesInstanceUid());
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void headIsTheServersNullPointer500() {
    Series s = data(Host.NBIA).series().get(0);
    Http.Res r = http().method("HEAD", V4 + "getImage?SeriesInstanceUID="
        + s.seriesInstanceUid());
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.header("Content-Length")).hasValue("48");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void v4WhitelistsAreCaseSensitive() {
    Series s = data(Host.NBIA).series().get(0);
    Http.Res r = http().get(V4 + "getImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "includeMD5", "yes");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).startsWith("Invalid query parameter: 'includeMD5'. Allowed parameters "
        + "are: [").contains("IncludeMD5").contains("NewFileNames");
    Http.Res md5 = http().get(V4 + "getImageWithMD5Hash", "SeriesInstanceUID",
        s.seriesInstanceUid(), "IncludeMD5", "yes");
    assertThat(md5.body()).isEqualTo("Invalid query parameter: 'IncludeMD5'. Allowed "
        + "parameters are: [SeriesInstanceUID]");
  }

  @Test
  void getSingleImageNeedsBothUids() {
    Series s = data(Host.NBIA).series().get(0);
    String text = "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API "
        + "call.";
    Http.Res noSop = http().get(V4 + "getSingleImage", "SeriesInstanceUID",
        s.seriesInstanceUid());
    Http.Res noSeries = http().get(V4 + "getSingleImage", "SOPInstanceUID",
        sop(Host.NBIA, s));
    for (Http.Res r : new Http.Res[] {noSop, noSeries}) {
      expect(r, 400, text);
    }
  }

  @Test
  void unknownOrMisplacedInstancesAreA500() {
    Series a = data(Host.NBIA).series().get(0);
    Series b = data(Host.NBIA).series().get(1);
    Series n = nlst();
    String[][] cases = {{a.seriesInstanceUid(), "1.2.3.4.5"},
        {b.seriesInstanceUid(), sop(Host.NBIA, a)},
        {n.seriesInstanceUid(), sop(Host.NLST, n)}};
    for (String[] c : cases) {
      Http.Res r = http().get(V4 + "getSingleImage", "SeriesInstanceUID", c[0],
          "SOPInstanceUID", c[1]);
      expect(r, 500, NPE_BODY);
      assertThat(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(48);
    }
  }

  @Test
  void restrictedInstancesNeedTheRightToken() {
    Series s = restricted();
    String sop = sop(Host.NBIA, s);
    Http.Res single = http().get(V4 + "getSingleImage", "SeriesInstanceUID",
        s.seriesInstanceUid(), "SOPInstanceUID", sop);
    expect(single, 400, notGranted(s.seriesInstanceUid()));
    assertThat(http().get(V4 + "getMD5HashForImage", "SOPInstanceUID", sop).body())
        .isEqualTo(NPE_BODY);
    Http granted = researcher();
    assertThat(granted.get(V4 + "getSingleImage", "SeriesInstanceUID", s.seriesInstanceUid(),
        "SOPInstanceUID", sop).status()).isEqualTo(200);
    assertThat(granted.get(V4 + "getMD5HashForImage", "SOPInstanceUID", sop).body())
        .hasSize(32);
  }

  @Test
  void md5EndpointsNeedTheirOwnParameterNames() {
    Http.Res v4 = http().get(V4 + "getMD5HashForImage");
    expect(v4, 400, "A parameter, SOPInstanceUID, is required for this API call.");
    Http.Res v1 = http().get(V1 + "getM5HashForImage", "SOPInstanceUID", "1.2.3");
    expect(v1, 400, "A parameter, SOPInstanceUid, is required for this API call.");
    assertThat(http().get(V4 + "getM5HashForImage").status()).isEqualTo(404);
    assertThat(http().get(V1 + "getMD5HashForImage").status()).isEqualTo(404);
    Http.Res unknown = http().get(V4 + "getMD5HashForImage", "SOPInstanceUID", "1.2.3");
    expect(unknown, 500, NPE_BODY);
  }

  @Test
  void dicomTagsErrors() {
    Http.Res missing = http().get(V4 + "getDicomTags");
    expect(missing, 400, "A parameter, SeriesUID, is required for this API call.");
    Http.Res wrongName = http().get(V4 + "getDicomTags", "SeriesInstanceUID", "1.2.3");
    assertThat(wrongName.status()).isEqualTo(400);
    assertThat(wrongName.body()).startsWith("Invalid query parameter: 'SeriesInstanceUID'");
    for (String uid : new String[] {"1.2.3.4", restricted().seriesInstanceUid(),
        nlst().seriesInstanceUid(), hidden().seriesInstanceUid()}) {
      Http.Res r = http().get(V4 + "getDicomTags", "SeriesUID", uid);
      expect(r, 400, notGranted(uid));
    }
    assertThat(researcher().get(V4 + "getDicomTags", "SeriesUID",
        restricted().seriesInstanceUid()).status()).isEqualTo(200);
    Http.Res advanced = http().get(ADV + "getDicomTags", "SeriesUID",
        data(Host.NBIA).series().get(0).seriesInstanceUid());
    assertThat(advanced.status()).isEqualTo(401);
  }
}
