package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.paging.Paged;
import io.github.tcia4j.nbia.model.FacetCount;
import io.github.tcia4j.nbia.model.PatientHit;
import io.github.tcia4j.nbia.model.SimpleSearchResult;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.RecordedRequest;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.data.Species;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: the v4 simple search against the sandbox, checked against the sandbox's own data. */
class SimpleSearchSandboxTest {
  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static NbiaClient nbia;
  private static SandboxData data;

  @TempDir
  Path dir;

  @BeforeAll
  static void connect() {
    nbia = NbiaClient.connect(SANDBOX.sandbox().nbiaUrl());
    data = new SandboxData(SANDBOX.sandbox().dataset(Host.NBIA));
  }

  @AfterAll
  static void close() {
    nbia.close();
  }

  private static Set<String> keys(List<PatientHit> hits) {
    return hits.stream().map(h -> h.project() + "/" + h.subjectId()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<PatientHit> everyone(SimpleSearch.Builder b) {
    SimpleSearchResult r = nbia.getSimpleSearch(b.size(100_000).build());
    assertThat(r.resultSet()).hasSize(r.totalPatients());
    return r.resultSet();
  }

  /** Runs the search and checks it finds exactly the patients the data say, a proper non-empty subset. */
  private static List<PatientHit> assertNarrows(SimpleSearch.Builder b, Predicate<SandboxData.Row> expected) {
    Set<String> all = data.patients(r -> true);
    Set<String> want = data.patients(expected);
    assertThat(want).as("the criterion must select some but not all patients").isNotEmpty().hasSizeLessThan(all.size());
    List<PatientHit> hits = everyone(b);
    assertThat(keys(hits)).isEqualTo(want);
    return hits;
  }

  private static boolean is(java.util.Optional<String> value, String wanted) {
    return value.map(wanted::equalsIgnoreCase).orElse(false);
  }

  private List<RecordedRequest> searches() {
    return SANDBOX.sandbox().requests().stream().filter(r -> r.endpoint().equals("getSimpleSearch")).toList();
  }

  @Test
  void withoutCriteriaFindsEveryPublicPatient() {
    List<PatientHit> hits = everyone(SimpleSearch.builder());
    assertThat(keys(hits)).isEqualTo(data.patients(r -> true));
    assertThat(hits).noneMatch(h -> h.project().equals(TciaSandbox.RESTRICTED_COLLECTION));
    PatientHit first = hits.get(0);
    assertThat(first.totalNumberOfSeries()).isEqualTo(first.studyIdentifiers().stream()
        .mapToInt(s -> s.seriesIdentifiers().size()).sum()).isPositive();
    assertThat(first.studyIdentifiers()).hasSize(first.totalNumberOfStudies());
  }

  @Test
  void collectionNarrows() {
    List<PatientHit> hits = assertNarrows(SimpleSearch.builder().collections("SBX-Lung-CT"),
        r -> r.series().collection().equals("SBX-Lung-CT"));
    assertThat(hits).allMatch(h -> h.project().equals("SBX-Lung-CT"));
    assertNarrows(SimpleSearch.builder().collections("SBX Head+Neck", "sbx-breast-mr"),
        r -> r.series().collection().equals("SBX Head+Neck") || r.series().collection().equals("SBX-Breast-MR"));
  }

  @Test
  void speciesNarrows() {
    assertNarrows(SimpleSearch.builder().species("mouse"), r -> r.patient().species().equals(Species.MOUSE));
    assertNarrows(SimpleSearch.builder().species(io.github.tcia4j.nbia.Species.DOG, io.github.tcia4j.nbia.Species.MOUSE),
        r -> !r.patient().species().equals(Species.HUMAN));
  }

  @Test
  void modalityNarrowsAndKeepsOnlyMatchingSeries() {
    List<PatientHit> hits = assertNarrows(SimpleSearch.builder().modalities("SEG"),
        r -> r.series().modality().equals("SEG"));
    assertThat(hits).allSatisfy(h -> assertThat(h.modalities()).containsExactly("SEG"));
  }

  @Test
  void modalitiesAnyVersusAll() {
    Set<String> ct = data.patients(r -> r.series().modality().equals("CT"));
    Set<String> pt = data.patients(r -> r.series().modality().equals("PT"));
    Set<String> both = new TreeSet<>(ct);
    both.retainAll(pt);
    Set<String> either = new TreeSet<>(ct);
    either.addAll(pt);
    assertThat(both).isNotEmpty().hasSizeLessThan(either.size());

    List<PatientHit> any = everyone(SimpleSearch.builder().modalities("CT", "PT"));
    List<PatientHit> all = everyone(SimpleSearch.builder().modalities("CT", "PT").modalitiesAll(true));
    assertThat(keys(any)).isEqualTo(either);
    assertThat(keys(all)).isEqualTo(both);
    assertThat(all).allSatisfy(h -> assertThat(h.modalities()).contains("CT", "PT"));
    RecordedRequest last = searches().get(searches().size() - 1);
    assertThat(last.formParameters().get("criteriaType2")).containsExactly("ModalityAndedSearchCriteria");
    assertThat(last.formParameters().get("value2")).containsExactly("all");
  }

  @Test
  void bodyPartManufacturerAndPatientNarrow() {
    assertNarrows(SimpleSearch.builder().bodyParts("NECK"), r -> is(r.series().bodyPartExamined(), "NECK"));
    assertNarrows(SimpleSearch.builder().manufacturers("TOSHIBA"), r -> is(r.series().manufacturer(), "TOSHIBA"));
    List<PatientHit> two = assertNarrows(SimpleSearch.builder().patients("SBX-HN-001", "SBX-HN-002"),
        r -> r.patient().patientId().equals("SBX-HN-001") || r.patient().patientId().equals("SBX-HN-002"));
    assertThat(two).extracting(PatientHit::subjectId).containsExactly("SBX-HN-001", "SBX-HN-002");
  }

  @Test
  void minimumNumberOfStudies() {
    List<PatientHit> all = everyone(SimpleSearch.builder());
    long withTwo = all.stream().filter(h -> h.totalNumberOfStudies() >= 2).count();
    assertThat(withTwo).isPositive().isLessThan(all.size());
    List<PatientHit> hits = everyone(SimpleSearch.builder().minStudies(2));
    assertThat(hits).hasSize((int) withTwo).allMatch(h -> h.totalNumberOfStudies() >= 2);
  }

  @Test
  void dateRangeIsSentAsDateRangeCriteriaAndNarrows() {
    LocalDate from = LocalDate.of(2005, 1, 1);
    LocalDate to = LocalDate.of(2008, 12, 31);
    assertNarrows(SimpleSearch.builder().dateRange(from, to), r -> r.study().studyDate()
        .map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
    RecordedRequest request = searches().get(searches().size() - 1);
    assertThat(request.formParameters().get("criteriaType0")).containsExactly("DateRangeCriteria");
    assertThat(request.formParameters().get("fromDate0")).containsExactly("01-01-2005");
    assertThat(request.formParameters().get("toDate0")).containsExactly("12-31-2008");

    List<LocalDate> dates = SANDBOX.sandbox().dataset(Host.NBIA).studies().stream()
        .flatMap(st -> st.studyDate().stream()).sorted().toList();
    LocalDate cut = dates.get(dates.size() / 2);
    assertNarrows(SimpleSearch.builder().toDate(cut), r -> r.study().studyDate().map(d -> !d.isAfter(cut)).orElse(false));
    assertNarrows(SimpleSearch.builder().fromDate(cut), r -> r.study().studyDate().map(d -> !d.isBefore(cut)).orElse(false));
  }

  @Test
  void startAndSizeSelectAPageOfPatients() {
    List<PatientHit> all = everyone(SimpleSearch.builder());
    SimpleSearchResult page = nbia.getSimpleSearch(SimpleSearch.builder().start(2).size(3).build());
    assertThat(page.resultSet()).hasSize(3);
    assertThat(keys(page.resultSet())).isEqualTo(keys(all.subList(2, 5)));
    assertThat(page.resultSet()).extracting(PatientHit::subjectId)
        .containsExactlyElementsOf(all.subList(2, 5).stream().map(PatientHit::subjectId).toList());
    assertThat(page.totalPatients()).isEqualTo(all.size());
    assertThat(page.collections()).extracting(FacetCount::count).allMatch(c -> c > 0);
    assertThat(page.collections().stream().mapToInt(FacetCount::count).sum()).isEqualTo(all.size());
  }

  @Test
  void lazyPagingEqualsOneBigPageAndFetchesOnlyWhatIsNeeded() {
    List<PatientHit> big = everyone(SimpleSearch.builder().collections("SBX-Lung-CT", "SBX-Breast-MR"));
    SimpleSearch search = SimpleSearch.builder().collections("SBX-Lung-CT", "SBX-Breast-MR").size(5).build();
    SANDBOX.sandbox().clearRequests();
    Paged<PatientHit> paged = nbia.simpleSearchPatients(search);
    assertThat(searches()).isEmpty();
    Iterator<PatientHit> it = paged.iterator();
    for (int i = 0; i < 5; i++) {
      it.next();
    }
    assertThat(searches()).hasSize(1);
    it.next();
    assertThat(searches()).hasSize(2);
    SANDBOX.sandbox().clearRequests();
    List<PatientHit> lazily = paged.toList();
    assertThat(lazily).isEqualTo(big);
    int pages = (big.size() + 4) / 5;
    assertThat(searches()).hasSize(pages);
    assertThat(searches()).extracting(r -> r.formParameters().get("start").get(0))
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, pages).mapToObj(i -> Integer.toString(i * 5)).toList());
  }

  @Test
  void sortsAsAsked() {
    List<String> desc = everyone(SimpleSearch.builder().sort(SortField.SUBJECT, SortDirection.DESCENDING))
        .stream().map(PatientHit::subjectId).toList();
    assertThat(desc).isSortedAccordingTo(Comparator.reverseOrder());
    SimpleSearchResult bySeries = nbia.getSimpleSearch(SimpleSearch.builder()
        .sort(SortField.TOTAL_NUMBER_OF_SERIES, SortDirection.DESCENDING).size(100_000).build());
    assertThat(bySeries.sort()).isEqualTo("totalNumberOfSeries-descending");
    List<Integer> counts = bySeries.resultSet().stream().map(PatientHit::totalNumberOfSeries).toList();
    assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(new TreeSet<>(counts)).hasSizeGreaterThan(1);
    List<String> byCollection = everyone(SimpleSearch.builder().sortField(SortField.COLLECTION))
        .stream().map(PatientHit::project).toList();
    assertThat(byCollection).isSorted();
  }

  @Test
  void uidsAndManifestMatchTheData() throws Exception {
    SimpleSearch lung = SimpleSearch.builder().collections("SBX-Lung-CT").modalities("CT").build();
    Set<String> expected = data.seriesUids(r -> r.series().collection().equals("SBX-Lung-CT")
        && r.series().modality().equals("CT"));
    List<String> uids = nbia.simpleSearchUids(lung);
    assertThat(new TreeSet<>(uids)).isEqualTo(expected);
    assertThat(uids).doesNotHaveDuplicates();

    String text = nbia.simpleSearchManifest(lung);
    Manifest manifest = Manifest.parse(text);
    assertThat(manifest.seriesUids()).isEqualTo(uids);
    assertThat(manifest.headerValue("includeAnnotation")).contains("false");

    Path file = nbia.writeSimpleSearchManifest(lung, dir.resolve("lung.tcia"));
    assertThat(Manifest.read(file).seriesUids()).isEqualTo(uids);
    assertThat(NbiaClient.manifestToList(file)).isEqualTo(uids);
    assertThat(Files.readString(file)).startsWith("downloadServerUrl=" + SANDBOX.sandbox().nbiaUrl());

    List<RecordedRequest> manifests = SANDBOX.sandbox().requests().stream()
        .filter(r -> r.endpoint().equals("getManifestForSimpleSearch")).toList();
    assertThat(manifests).hasSize(3).allSatisfy(r -> {
      assertThat(r.family()).isEqualTo("v4");
      assertThat(r.formParameters().get("size")).containsExactly("1000000");
      assertThat(r.formParameters().get("tool")).containsExactly("tcia4j");
    });
  }

  @Test
  void noMatchGivesAnEmptyResultAndNoUids() {
    SimpleSearch none = SimpleSearch.builder().collections("SBX-No-Such-Collection").build();
    SimpleSearchResult r = nbia.getSimpleSearch(none);
    assertThat(r.resultSet()).isEmpty();
    assertThat(r.totalPatients()).isZero();
    assertThat(nbia.simpleSearchPatients(none).toList()).isEmpty();
    assertThat(nbia.simpleSearchUids(none)).isEmpty();
    List<String> seen = new ArrayList<>();
    nbia.simpleSearchPatients(none).forEach(h -> seen.add(h.subjectId()));
    assertThat(seen).isEmpty();
  }

  @Test
  void aStartBeyondTheTotalIsAnEmptyPageWithTheRealTotal() {
    List<java.time.Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (NbiaClient client = NbiaClient.builder().baseUrl(SANDBOX.sandbox().nbiaUrl())
        .configure(c -> c.sleeper(waits::add)).build()) {
      SimpleSearchResult all = client.getSimpleSearch(SimpleSearch.all());
      int before = searches().size();

      SimpleSearchResult beyond = client.getSimpleSearch(SimpleSearch.all().withStart(1_000_000));

      assertThat(all.totalPatients()).isPositive();
      assertThat(beyond.resultSet()).isEmpty();
      assertThat(beyond.totalPatients()).isEqualTo(all.totalPatients());
      assertThat(beyond.collections()).isEqualTo(all.collections());
      List<RecordedRequest> sent = searches().subList(before, searches().size());
      assertThat(sent).last().satisfies(r -> {
        assertThat(r.parameter("start")).contains("0");
        assertThat(r.parameter("size")).contains("1");
      });
      assertThat(sent.subList(0, sent.size() - 1)).isNotEmpty()
          .allSatisfy(r -> assertThat(r.parameter("start")).contains("1000000"));
      assertThat(waits).hasSize(sent.size() - 2);
    }
  }

  @Test
  void iteratingFromAStartBeyondTheTotalEndsAtOnce() {
    try (NbiaClient client = NbiaClient.builder().baseUrl(SANDBOX.sandbox().nbiaUrl())
        .configure(c -> c.sleeper(d -> { })).build()) {
      int total = client.getSimpleSearch(SimpleSearch.all()).totalPatients();
      SimpleSearch beyond = SimpleSearch.all().withStart(total + 5).withSize(3);

      assertThat(client.simpleSearchPatients(beyond).stream().toList()).isEmpty();
      assertThat(client.simpleSearchUids(beyond)).isEmpty();
      assertThat(client.getSimpleSearch(SimpleSearch.all().withStart(total)).resultSet()).isEmpty();
      assertThat(client.simpleSearchPatients(SimpleSearch.all().withStart(total - 1).withSize(3)).stream().toList())
          .hasSize(1);
    }
  }
}
