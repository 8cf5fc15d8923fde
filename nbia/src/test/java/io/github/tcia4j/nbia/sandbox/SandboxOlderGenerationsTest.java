package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.common.auth.Credentials;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.common.error.TciaAuthenticationException;
import io.github.tcia4j.nbia.model.BodyPartCount;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.nbia.model.ManufacturerCount;
import io.github.tcia4j.testkit.data.SeriesReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.ValueQuery;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.CollectionCount;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.DoiItem;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityCount;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.PatientRef;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import io.github.tcia4j.nbia.model.Study;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queries on API v1 (public, older columns) and v2 (guest token, advanced family) against the
 * sandbox, checked against the data set and against the v4 answers.
 */
class SandboxOlderGenerationsTest {
  private static final String LUNG = SandboxV4QueriesTest.LUNG;
  private static final String BREAST = SandboxV4QueriesTest.BREAST;

  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static NbiaClient v4;
  private static NbiaClient v1;
  private static NbiaClient v2;
  private static Truth truth;

  @BeforeAll
  static void connect() {
    TciaSandbox s = SANDBOX.sandbox();
    v4 = client(s, ApiVersion.V4);
    v1 = client(s, ApiVersion.V1);
    v2 = client(s, ApiVersion.V2);
    truth = new Truth(s.dataset(Host.NBIA));
  }

  private static NbiaClient client(TciaSandbox s, ApiVersion version) {
    return NbiaClient.builder().baseUrl(s.nbiaUrl()).apiVersion(version)
        .configure(c -> c.retryPolicy(RetryPolicy.none())).build();
  }

  @AfterAll
  static void close() {
    v4.close();
    v1.close();
    v2.close();
  }

  private static <T> List<String> sorted(List<T> rows, Function<T, String> key) {
    return rows.stream().map(key).sorted().toList();
  }

  @Test
  void olderGenerationsReturnValuesAsStoredAndMatchCaseExactly() {
    for (NbiaClient c : List.of(v1, v2)) {
      List<ManufacturerValue> manufacturers = c.getManufacturer(ValueQuery.collection(LUNG));
      assertThat(manufacturers).as(c.toString()).extracting(ManufacturerValue::name).containsExactlyElementsOf(
          Truth.storedValues(truth.seriesOf(LUNG), io.github.tcia4j.testkit.data.Series::manufacturer))
          .contains("SIEMENS", "Siemens");
      assertThat(c.getSeries(SeriesQuery.collection(LUNG).withManufacturer("Siemens")))
          .allSatisfy(s -> assertThat(s.manufacturer()).isEqualTo("Siemens")).isNotEmpty();
      assertThat(c.getSeries(SeriesQuery.collection("sbx-lung-ct"))).as("collection ignores case")
          .hasSize(truth.seriesOf(LUNG).size());
    }
  }

  @Test
  void patientsStudiesAndSeriesAgreeWithV4() {
    for (NbiaClient c : List.of(v1, v2)) {
      assertThat(sorted(c.getPatient(BREAST), Patient::patientId)).isEqualTo(sorted(v4.getPatient(BREAST), Patient::patientId));
      assertThat(c.getPatient(BREAST)).allSatisfy(p -> assertThat(p.authorized()).isNull());
      assertThat(sorted(c.getPatientByCollectionAndModality(LUNG, "SEG"), PatientRef::patientId))
          .isEqualTo(sorted(v4.getPatientByCollectionAndModality(LUNG, "SEG"), PatientRef::patientId));
      assertThat(sorted(c.getStudy(StudyQuery.collection(BREAST)), Study::studyInstanceUid))
          .isEqualTo(sorted(v4.getStudy(BREAST), Study::studyInstanceUid));
      List<Series> series = c.getSeries(SeriesQuery.collection(BREAST));
      assertThat(sorted(series, Series::seriesInstanceUid))
          .isEqualTo(sorted(v4.getSeries(SeriesQuery.collection(BREAST)), Series::seriesInstanceUid));
      assertThat(series).allSatisfy(s -> {
        assertThat(s.dateReleased()).isNotNull();
        assertThat(s.dataDescriptionUri()).as("CollectionURI read as DataDescriptionURI").isNotNull();
        assertThat(s.maxSubmissionTimestamp()).as("TimeStamp read").isNotNull();
        assertThat(s.extra()).isEmpty();
      });
    }
  }

  @Test
  void olderGenerationsKeepTheTimeOfDay() {
    io.github.tcia4j.testkit.data.Series t = truth.seriesOf(BREAST).get(0);

    Series s = v1.getSeries(SeriesQuery.seriesUid(t.seriesInstanceUid())).get(0);

    assertThat(s.dateReleased()).isEqualTo(t.dateReleased().withNano(0));
  }

  @Test
  void datesUseTheOlderParameterFormats() {
    LocalDate wave = LocalDate.of(2024, 11, 20);
    for (NbiaClient c : List.of(v1, v2)) {
      SANDBOX.sandbox().clearRequests();
      assertThat(sorted(c.getNewPatientsInCollection(LUNG, wave), Patient::patientId))
          .isEqualTo(sorted(v4.getNewPatientsInCollection(LUNG, wave), Patient::patientId)).isNotEmpty();
      assertThat(c.getNewPatientsInCollection(LUNG, wave.plusDays(1))).isEmpty();
      assertThat(sorted(c.getUpdatedSeries(wave), Series::seriesInstanceUid))
          .isEqualTo(sorted(v4.getUpdatedSeries(wave), Series::seriesInstanceUid)).isNotEmpty();
      String patient = c.getNewPatientsInCollection(LUNG, wave).get(0).patientId();
      assertThat(c.getNewStudiesInPatient(LUNG, patient, wave)).isNotEmpty();
      List<RecordedRequest> sent = SANDBOX.sandbox().requests(Host.NBIA);
      assertThat(sent).filteredOn(r -> r.path().endsWith("NewPatientsInCollection")).first()
          .satisfies(r -> assertThat(r.parameter("Date")).contains("2024/11/20"));
      assertThat(sent).filteredOn(r -> r.path().endsWith("getUpdatedSeries")).first()
          .satisfies(r -> assertThat(r.parameter("fromDate")).contains("20/11/2024"));
    }
  }

  @Test
  void seriesListOnV1AndV2AgreesWithV4() {
    List<String> uids = v4.getSeries(SeriesQuery.collection(BREAST)).stream().map(Series::seriesInstanceUid)
        .limit(6).toList();
    List<SeriesMetadata> expected = v4.getSeriesList(uids);

    for (NbiaClient c : List.of(v1, v2)) {
      List<SeriesMetadata> rows = c.getSeriesList(uids);
      assertThat(rows).extracting(SeriesMetadata::seriesInstanceUid).containsExactlyElementsOf(uids);
      for (int i = 0; i < rows.size(); i++) {
        SeriesMetadata m = rows.get(i);
        SeriesMetadata e = expected.get(i);
        assertThat(m.imageCount()).isEqualTo(e.imageCount());
        assertThat(m.patientId()).isEqualTo(e.patientId());
        assertThat(m.studyInstanceUid()).isEqualTo(e.studyInstanceUid());
        assertThat(m.modality()).isEqualTo(e.modality());
        assertThat(m.collection()).isEqualTo(e.collection());
        assertThat(m.dataDescriptionUri()).isEqualTo(e.dataDescriptionUri());
        assertThat(m.studyDate()).isEqualTo(e.studyDate());
      }
    }
  }

  @Test
  void sizesInstancesAndCarts() {
    io.github.tcia4j.testkit.data.Series t = truth.seriesOf(BREAST).get(0);
    for (NbiaClient c : List.of(v1, v2)) {
      assertThat(c.getSeriesSize(t.seriesInstanceUid())).hasValueSatisfying(size ->
          assertThat(size.objectCount()).isEqualTo(t.imageCount()));
      assertThat(c.getSopInstanceUids(t.seriesInstanceUid())).extracting(SopInstanceValue::name)
          .hasSize(t.imageCount());
    }
    List<CartSeries> publicOnly = v1.getSharedCart("nbia-10000000000000002");
    List<CartSeries> viaV2 = v2.getSharedCart("nbia-10000000000000002");
    assertThat(publicOnly).hasSize(3).extracting(CartSeries::collection).containsOnly("SBX Head+Neck");
    assertThat(viaV2).isEqualTo(publicOnly);
  }

  @Test
  void v2ReachesTheAdvancedFamilyWithTheGuestToken() {
    SANDBOX.sandbox().clearRequests();

    List<CollectionCount> counts = v2.getCollectionPatientCounts();
    List<ModalityCount> modalities = v2.getModalityCounts(ValueQuery.collection(LUNG));
    List<CollectionDescription> descriptions = v2.getCollectionDescriptions(true);
    String doi = truth.seriesOf(LUNG).get(0).dataDescriptionUri().orElseThrow();
    List<DoiItem> doiSeries = v2.getDoiMetadata(doi, DoiOutput.SERIES);

    Map<String, Integer> v4Counts = v4.getCollectionPatientCounts().stream()
        .collect(Collectors.toMap(CollectionCount::value, CollectionCount::count));
    assertThat(counts).hasSize(v4Counts.size()).allSatisfy(c -> {
      assertThat(c.count()).as("count read from the text of the old shape").isEqualTo(v4Counts.get(c.value()));
      assertThat(c.authorized()).isNull();
    });
    assertThat(modalities).extracting(ModalityCount::value).containsExactlyInAnyOrder("CT", "SEG");
    assertThat(descriptions).filteredOn(d -> LUNG.equals(d.collectionName())).singleElement().satisfies(d -> {
      assertThat(d.description()).startsWith("Synthetic sandbox collection SBX-Lung-CT");
      assertThat(d.extra()).containsKeys("collectionDescTimestamp", "userName", "licenseId");
    });
    assertThat(sorted(doiSeries, DoiItem::seriesInstanceUid))
        .isEqualTo(sorted(v4.getDoiMetadata(doi, DoiOutput.SERIES), DoiItem::seriesInstanceUid));
    List<RecordedRequest> sent = SANDBOX.sandbox().requests(Host.NBIA);
    assertThat(sent).filteredOn(r -> r.path().contains("ValuesAndCounts") && r.bearerToken()).hasSize(2)
        .allSatisfy(r -> {
          assertThat(r.path()).startsWith("/nbia-api/services/get");
          assertThat(r.family()).isEqualTo("advanced");
          assertThat(r.user()).contains("nbia_guest");
        });
  }

  @Test
  void aLoginOnV2SeesTheRestrictedCollection() {
    TciaSandbox s = SANDBOX.sandbox();
    try (NbiaClient researcher = NbiaClient.builder().baseUrl(s.nbiaUrl()).apiVersion(ApiVersion.V2)
        .login(new Credentials(TciaSandbox.RESEARCHER, TciaSandbox.RESEARCHER_PASSWORD)).build()) {
      assertThat(researcher.getPatient(TciaSandbox.RESTRICTED_COLLECTION)).isNotEmpty();
      assertThat(v2.getPatient(TciaSandbox.RESTRICTED_COLLECTION)).isEmpty();
      assertThat(v1.getPatient(TciaSandbox.RESTRICTED_COLLECTION)).isEmpty();
    }
  }

  @Test
  void v2BodyPartsAreTheStoredValues() {
    List<io.github.tcia4j.testkit.data.Series> lung = truth.seriesOf(LUNG);

    List<BodyPartValue> bodyParts = v2.getBodyPart(ValueQuery.collection(LUNG));

    assertThat(bodyParts).extracting(BodyPartValue::name).filteredOn(Objects::nonNull)
        .containsExactlyInAnyOrderElementsOf(Truth.storedValues(lung, io.github.tcia4j.testkit.data.Series::bodyPartExamined))
        .isNotEmpty();
    boolean someWithout = lung.stream().anyMatch(t -> t.bodyPartExamined().isEmpty());
    assertThat(bodyParts.stream().anyMatch(b -> b.name() == null)).as("a {} row for series without a body part")
        .isEqualTo(someWithout);
    assertThat(v2.getBodyPart(ValueQuery.collection(LUNG).withModality("SEG"))).extracting(BodyPartValue::name)
        .filteredOn(Objects::nonNull).containsExactlyInAnyOrderElementsOf(Truth.storedValues(
            truth.series(t -> t.collection().equals(LUNG) && t.modality().equals("SEG")),
            io.github.tcia4j.testkit.data.Series::bodyPartExamined));
  }

  @Test
  void v2BodyPartAndManufacturerCountsAreDistinctPatientsPerStoredValue() {
    List<io.github.tcia4j.testkit.data.Series> lungCt = truth.series(t -> t.collection().equals(LUNG)
        && t.modality().equals("CT"));
    Map<String, Integer> expectedBodyParts = patientsPer(lungCt,
        t -> Optional.of(t.bodyPartExamined().map(b -> b.toUpperCase(Locale.ROOT)).orElse("NOT SPECIFIED")));
    Map<String, Integer> expectedManufacturers = patientsPer(truth.seriesOf(LUNG),
        io.github.tcia4j.testkit.data.Series::manufacturer);

    List<BodyPartCount> bodyParts = v2.getBodyPartCounts(ValueQuery.collection(LUNG).withModality("CT"));
    List<ManufacturerCount> manufacturers = v2.getManufacturerCounts(ValueQuery.collection(LUNG));

    assertThat(bodyParts.stream().collect(Collectors.toMap(BodyPartCount::value, BodyPartCount::count)))
        .isEqualTo(expectedBodyParts).containsKey("NOT SPECIFIED");
    assertThat(bodyParts).allSatisfy(b -> assertThat(b.authorized()).isNull());
    assertThat(manufacturers.stream().collect(Collectors.toMap(ManufacturerCount::value, ManufacturerCount::count)))
        .isEqualTo(expectedManufacturers).containsKeys("SIEMENS", "Siemens");
  }

  private static Map<String, Integer> patientsPer(List<io.github.tcia4j.testkit.data.Series> series,
      Function<io.github.tcia4j.testkit.data.Series, Optional<String>> value) {
    Map<String, Set<String>> patients = new HashMap<>();
    for (io.github.tcia4j.testkit.data.Series t : series) {
      value.apply(t).ifPresent(v -> patients.computeIfAbsent(v, k -> new HashSet<>()).add(t.patientId()));
    }
    Map<String, Integer> counts = new HashMap<>();
    patients.forEach((k, v) -> counts.put(k, v.size()));
    return counts;
  }

  @Test
  void v2DicomTagsAndSegmentationReferences() {
    List<io.github.tcia4j.testkit.data.Series> referring = truth.series(t -> !t.references().isEmpty()
        && (t.modality().equals("SEG") || t.modality().equals("RTSTRUCT")));
    assertThat(referring).extracting(io.github.tcia4j.testkit.data.Series::modality).contains("SEG", "RTSTRUCT");
    SANDBOX.sandbox().clearRequests();

    for (io.github.tcia4j.testkit.data.Series t : referring) {
      List<DicomTag> tags = v2.getDicomTags(t.seriesInstanceUid());
      assertThat(tags).as(t.seriesInstanceUid()).isEqualTo(v4.getDicomTags(t.seriesInstanceUid()))
          .anySatisfy(tag -> {
            assertThat(tag.element()).isEqualTo("(0020,000E)");
            assertThat(tag.data()).isEqualTo(t.seriesInstanceUid());
          })
          .anySatisfy(tag -> {
            assertThat(tag.element()).isEqualTo("(0008,0060)");
            assertThat(tag.data()).isEqualTo(t.modality());
          });
      assertThat(v2.getSegRefSeries(t.seriesInstanceUid())).as(t.modality() + " " + t.seriesInstanceUid())
          .containsExactlyElementsOf(t.references().stream().map(SeriesReference::seriesInstanceUid).distinct()
              .toList());
    }
    String ct = truth.series(t -> t.modality().equals("CT")).get(0).seriesInstanceUid();
    assertThat(v2.getSegRefSeries(ct)).isEmpty();
    assertThat(SANDBOX.sandbox().requests(Host.NBIA)).filteredOn(r -> r.path().endsWith("getDicomTags")
        && r.bearerToken()).isNotEmpty().allSatisfy(r -> {
          assertThat(r.family()).isEqualTo("advanced");
          assertThat(r.user()).contains("nbia_guest");
        });
  }

  @Test
  void aWrongPasswordNamesTheUserAndTheTokenUrlButNotThePassword() {
    TciaSandbox s = SANDBOX.sandbox();
    String password = "not-the-" + TciaSandbox.RESEARCHER_PASSWORD;
    try (NbiaClient wrong = NbiaClient.builder().baseUrl(s.nbiaUrl()).apiVersion(ApiVersion.V2)
        .login(new Credentials(TciaSandbox.RESEARCHER, password))
        .configure(c -> c.retryPolicy(RetryPolicy.none())).build()) {
      assertThatThrownBy(() -> wrong.getPatient(LUNG))
          .isInstanceOf(TciaAuthenticationException.class)
          .hasMessageContaining(TciaSandbox.RESEARCHER)
          .hasMessageContaining(s.nbiaUrl() + "/nbia-api/oauth/token")
          .hasMessageContaining("user name or password")
          .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(password)
              .doesNotContain(TciaSandbox.RESEARCHER_PASSWORD));
    }
  }

  @Test
  void v1RefusesWhatItDoesNotHave() {
    assertThatThrownBy(() -> v1.getModalityCounts(ValueQuery.all())).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("getModalityCounts is not available on API generation V1");
    assertThatThrownBy(() -> v1.getDoiMetadata("10.80000/x", DoiOutput.SERIES))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(v1.getModality(ValueQuery.collection(LUNG))).isNotEmpty();
    assertThat(Optional.of(v1.apiVersion())).contains(ApiVersion.V1);
  }
}
