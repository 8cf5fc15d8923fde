package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaDecodeException;
import io.github.tcia4j.common.error.TciaServerException;
import io.github.tcia4j.common.http.HttpCall;
import io.github.tcia4j.common.paging.Paged;
import io.github.tcia4j.nbia.ScriptedTransport.Answer;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simple search and its manifests over a scripted transport: wire format and decoding. */
class SimpleSearchClientTest {
  static final String RESULT = """
      {"resultSet":[{"subjectId":"P-1","project":"COLL","id":17,
        "studyIdentifiers":[{"studyIdentifier":5,"seriesIdentifiers":[8,9],
          "seriesAndModality":[{"seriesId":8,"modality":"CT"},{"seriesId":9,"modality":"SEG"}],"future":1}],
        "totalNumberOfStudies":1,"totalNumberOfSeries":2,"modalities":["CT","SEG"],"bodyParts":["CHEST"],
        "species":["337915000"],"timepoints":{"Diagnosis":[0,30]},"authorized":1,"newKey":{"a":[1]}}],
       "totalPatients":12,"bodyParts":[{"value":"CHEST","count":12}],"modalities":[{"value":"CT","count":12}],
       "collections":[{"value":"COLL","count":12}],"species":[{"value":"337915000","count":12}],
       "maxTimepoints":{"Diagnosis":30},"minTimepoints":{},"sort":"subject-ascending","unknown":"x"}
      """;
  static final String MANIFEST = """
      downloadServerUrl=http://nbia.test/nbia-download/servlet/DownloadServlet
      includeAnnotation=false
      noOfrRetry=4
      databasketId=manifest-1.tcia
      manifestVersion=3.0
      ListOfSeriesToDownload=
      1.2.3
      1.2.4
      """;

  @TempDir
  Path dir;

  static NbiaClient client(ApiVersion version, ScriptedTransport transport) {
    return NbiaClient.builder().baseUrl("http://nbia.test").apiVersion(version)
        .configure(c -> c.transport(transport).sleeper(d -> { })).build();
  }

  static Answer tokenOr(HttpCall call, Function<HttpCall, Answer> rest) {
    if (call.uri().getPath().endsWith("/oauth/token")) {
      return Answer.ok("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":7200}");
    }
    return rest.apply(call);
  }

  @Test
  void v4PostsTheFormAndDecodesTheNestedResult() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok(RESULT));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      SimpleSearchResult r = nbia.getSimpleSearch(SimpleSearch.builder().collections("COLL")
          .dateRange(LocalDate.of(2000, 1, 2), LocalDate.of(2001, 3, 4)).build());
      assertThat(r.totalPatients()).isEqualTo(12);
      assertThat(r.sort()).isEqualTo("subject-ascending");
      assertThat(r.modalities()).singleElement().satisfies(f -> {
        assertThat(f.value()).isEqualTo("CT");
        assertThat(f.count()).isEqualTo(12);
      });
      assertThat(r.maxTimepoints()).containsKey("Diagnosis");
      PatientHit p = r.resultSet().get(0);
      assertThat(p.subjectId()).isEqualTo("P-1");
      assertThat(p.project()).isEqualTo("COLL");
      assertThat(p.id()).isEqualTo(17L);
      assertThat(p.totalNumberOfSeries()).isEqualTo(2);
      assertThat(p.modalities()).containsExactly("CT", "SEG");
      assertThat(p.studyIdentifiers().get(0).seriesIdentifiers()).containsExactly(8L, 9L);
      assertThat(p.studyIdentifiers().get(0).seriesAndModality().get(1).modality()).isEqualTo("SEG");
      assertThat(p.authorized()).isEqualTo(1);
    }
    HttpCall call = t.calls().get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.uri().toString()).isEqualTo("http://nbia.test/nbia-api/services/v4/getSimpleSearch");
    assertThat(ScriptedTransport.field(call, "criteriaType0")).isEqualTo("DateRangeCriteria");
    assertThat(ScriptedTransport.field(call, "fromDate0")).isEqualTo("01-02-2000");
    assertThat(ScriptedTransport.field(call, "criteriaType1")).isEqualTo("CollectionCriteria");
    assertThat(ScriptedTransport.field(call, "tool")).isEqualTo("tcia4j");
    assertThat(call.header("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/x-www-form-urlencoded"));
  }

  @Test
  void missingFieldsBecomeEmptyValuesNeverNull() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok("{\"resultSet\":[{\"subjectId\":\"P\"}]}"));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      SimpleSearchResult r = nbia.getSimpleSearch(SimpleSearch.all());
      assertThat(r.totalPatients()).isZero();
      assertThat(r.sort()).isEmpty();
      assertThat(r.bodyParts()).isEmpty();
      PatientHit p = r.resultSet().get(0);
      assertThat(p.project()).isEmpty();
      assertThat(p.studyIdentifiers()).isEmpty();
      assertThat(p.timepoints()).isEmpty();
      assertThat(p.id()).isZero();
    }
  }

  @Test
  void emptyBodyOrEmptyArrayIsAnEmptyResult() {
    for (String body : List.of("", "  ", "[]")) {
      ScriptedTransport t = new ScriptedTransport(c -> Answer.ok(body));
      try (NbiaClient nbia = client(ApiVersion.V4, t)) {
        SimpleSearchResult r = nbia.getSimpleSearch(SimpleSearch.all());
        assertThat(r.resultSet()).isEmpty();
        assertThat(r.totalPatients()).isZero();
      }
    }
  }

  @Test
  void aBodyThatIsNoResultGivesADecodeErrorNamingTheEndpoint() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok("<html>maintenance</html>"));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      assertThatThrownBy(() -> nbia.getSimpleSearch(SimpleSearch.all()))
          .isInstanceOf(TciaDecodeException.class).hasMessageContaining("getSimpleSearch")
          .hasMessageContaining("maintenance");
    }
  }

  @Test
  void serverErrorsReachTheCaller() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.text(500, "Server was not able to process your request\nnull"));
    try (NbiaClient nbia = NbiaClient.builder().baseUrl("http://nbia.test")
        .configure(c -> c.transport(t).retryPolicy(io.github.tcia4j.common.RetryPolicy.none())).build()) {
      assertThatThrownBy(() -> nbia.getSimpleSearch(SimpleSearch.all()))
          .isInstanceOf(TciaServerException.class).hasMessageContaining("getSimpleSearch");
    }
  }

  @Test
  void v2UsesTheAdvancedEndpointWithDayFirstDatesAndAToken() {
    ScriptedTransport t = new ScriptedTransport(c -> tokenOr(c, x -> Answer.ok(RESULT)));
    try (NbiaClient nbia = client(ApiVersion.V2, t)) {
      nbia.getSimpleSearch(SimpleSearch.builder().dateRange(LocalDate.of(2000, 1, 2), LocalDate.of(2001, 3, 4)).build());
    }
    HttpCall search = t.calls().stream().filter(c -> !c.uri().getPath().contains("oauth")).findFirst().orElseThrow();
    assertThat(search.uri().toString())
        .isEqualTo("http://nbia.test/nbia-api/services/getSimpleSearchWithModalityAndBodyPartPaged");
    assertThat(ScriptedTransport.field(search, "fromDate0")).isEqualTo("02/01/2000");
    assertThat(ScriptedTransport.field(search, "toDate0")).isEqualTo("04/03/2001");
    assertThat(search.header("Authorization")).contains("Bearer tok");
  }

  @Test
  void v1HasNoSimpleSearch() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok(RESULT));
    try (NbiaClient nbia = client(ApiVersion.V1, t)) {
      SimpleSearch s = SimpleSearch.all();
      assertThatThrownBy(() -> nbia.getSimpleSearch(s)).isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("API v1");
      assertThatThrownBy(() -> nbia.simpleSearchPatients(s)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> nbia.simpleSearchUids(s)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> nbia.simpleSearchManifest(s)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> nbia.writeSimpleSearchManifest(s, dir.resolve("x.tcia")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(t.calls()).isEmpty();
  }

  @Test
  void nullArgumentsAreRejected() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.ok(RESULT));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      assertThatThrownBy(() -> nbia.getSimpleSearch(null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("search");
      assertThatThrownBy(() -> nbia.simpleSearchPatients(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> nbia.writeSimpleSearchManifest(SimpleSearch.all(), null))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
    }
  }

  @Test
  void pagesLazilyUntilTheTotal() {
    int total = 7;
    ScriptedTransport t = new ScriptedTransport(c -> {
      int start = Integer.parseInt(ScriptedTransport.field(c, "start"));
      int size = Integer.parseInt(ScriptedTransport.field(c, "size"));
      StringBuilder sb = new StringBuilder("{\"resultSet\":[");
      for (int i = start; i < Math.min(total, start + size); i++) {
        sb.append(i > start ? "," : "").append("{\"subjectId\":\"P").append(i).append("\"}");
      }
      return Answer.ok(sb.append("],\"totalPatients\":").append(total).append('}').toString());
    });
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      Paged<PatientHit> all = nbia.simpleSearchPatients(SimpleSearch.builder().size(3).build());
      assertThat(t.calls()).isEmpty();
      var it = all.iterator();
      assertThat(it.next().subjectId()).isEqualTo("P0");
      assertThat(t.calls()).hasSize(1);
      List<String> ids = new ArrayList<>();
      all.forEach(p -> ids.add(p.subjectId()));
      assertThat(ids).containsExactly("P0", "P1", "P2", "P3", "P4", "P5", "P6");
      assertThat(t.calls()).hasSize(1 + 3);
      assertThat(t.calls().subList(1, 4)).extracting(c -> ScriptedTransport.field(c, "start"))
          .containsExactly("0", "3", "6");
      assertThat(nbia.simpleSearchPatients(SimpleSearch.builder().start(5).size(3).build()).toList())
          .extracting(PatientHit::subjectId).containsExactly("P5", "P6");
    }
  }

  @Test
  void uidsAndManifestComeFromTheManifestEndpointWithAHugePage() throws Exception {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.text(200, MANIFEST));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      SimpleSearch s = SimpleSearch.builder().collections("C").build();
      assertThat(nbia.simpleSearchUids(s)).containsExactly("1.2.3", "1.2.4");
      assertThat(nbia.simpleSearchManifest(s)).isEqualTo(MANIFEST);
      Path file = nbia.writeSimpleSearchManifest(s, dir.resolve("out/search.tcia"));
      assertThat(file).isEqualTo(dir.resolve("out/search.tcia"));
      assertThat(Files.readString(file)).isEqualTo(MANIFEST);
    }
    assertThat(t.calls()).allSatisfy(c -> {
      assertThat(c.uri().getPath()).isEqualTo("/nbia-api/services/v4/getManifestForSimpleSearch");
      assertThat(ScriptedTransport.field(c, "size")).isEqualTo("1000000");
    });
  }

  @Test
  void blankManifestMeansNoSeriesAndStillWritesAValidFile() throws Exception {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.text(200, ""));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      assertThat(nbia.simpleSearchUids(SimpleSearch.all())).isEmpty();
      Path file = nbia.writeSimpleSearchManifest(SimpleSearch.all(), dir.resolve("empty.tcia"));
      Manifest m = Manifest.read(file);
      assertThat(m.seriesUids()).isEmpty();
      assertThat(m.downloadServerUrl()).contains("http://nbia.test/nbia-download/servlet/DownloadServlet");
    }
  }

  @Test
  void garbageInsteadOfAManifestIsADecodeErrorAndNothingIsWritten() {
    ScriptedTransport t = new ScriptedTransport(c -> Answer.text(200, "<html>oops</html>"));
    try (NbiaClient nbia = client(ApiVersion.V4, t)) {
      assertThatThrownBy(() -> nbia.simpleSearchUids(SimpleSearch.all()))
          .isInstanceOf(TciaDecodeException.class).hasMessageContaining("getManifestForSimpleSearch")
          .hasMessageContaining("line 1");
      Path target = dir.resolve("never.tcia");
      assertThatThrownBy(() -> nbia.writeSimpleSearchManifest(SimpleSearch.all(), target))
          .isInstanceOf(TciaDecodeException.class).hasMessageContaining("nothing was written");
      assertThat(target).doesNotExist();
    }
  }
}
