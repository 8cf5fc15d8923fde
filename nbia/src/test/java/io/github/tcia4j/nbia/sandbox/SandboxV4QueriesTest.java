package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.HtmlText;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.ValueQuery;
import io.github.tcia4j.nbia.model.BodyPartCount;
import io.github.tcia4j.nbia.model.BodyPartValue;
import io.github.tcia4j.nbia.model.CartSeries;
import io.github.tcia4j.nbia.model.CollectionCount;
import io.github.tcia4j.nbia.model.CollectionDescription;
import io.github.tcia4j.nbia.model.DoiItem;
import io.github.tcia4j.nbia.model.ManufacturerCount;
import io.github.tcia4j.nbia.model.ManufacturerValue;
import io.github.tcia4j.nbia.model.ModalityCount;
import io.github.tcia4j.nbia.model.ModalityValue;
import io.github.tcia4j.nbia.model.Patient;
import io.github.tcia4j.nbia.model.PatientRef;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.nbia.model.SopInstanceValue;
import io.github.tcia4j.nbia.model.Study;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.SharedCart;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every query on API v4 against the sandbox, checked against the sandbox's data set. */
class SandboxV4QueriesTest {
  static final String LUNG = "SBX-Lung-CT";
  static final String HEAD_NECK = "SBX Head+Neck";
  static final String BREAST = "SBX-Breast-MR";

  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static NbiaClient nbia;
  private static Truth truth;

  @BeforeAll
  static void connect() {
    TciaSandbox s = SANDBOX.sandbox();
    nbia = NbiaClient.builder().baseUrl(s.nbiaUrl()).configure(c -> c.retryPolicy(RetryPolicy.none())).build();
    truth = new Truth(s.dataset(Host.NBIA));
  }

  @AfterAll
  static void close() {
    nbia.close();
  }

  private static Set<String> names(List<?> rows, Function<Object, String> name) {
    return rows.stream().map(name).collect(Collectors.toCollection(TreeSet::new));
  }

  // ---- values

  @Test
  void valueListsMatchTheDataSetUpperCased() {
    List<io.github.tcia4j.testkit.data.Series> lung = truth.seriesOf(LUNG);

    List<ModalityValue> modalities = nbia.getModality(ValueQuery.collection(LUNG));
    List<ManufacturerValue> manufacturers = nbia.getManufacturer(ValueQuery.collection(LUNG));
    List<BodyPartValue> bodyParts = nbia.getBodyPart(ValueQuery.collection(LUNG));

    assertThat(modalities).extracting(ModalityValue::name).containsExactlyElementsOf(
        Truth.upperValues(lung, s -> Optional.of(s.modality())));
    assertThat(manufacturers).extracting(ManufacturerValue::name).containsExactlyElementsOf(
        Truth.upperValues(lung, io.github.tcia4j.testkit.data.Series::manufacturer));
    assertThat(manufacturers).extracting(ManufacturerValue::name).contains("SIEMENS").doesNotContain("Siemens");
    boolean someWithoutBodyPart = lung.stream().anyMatch(s -> s.bodyPartExamined().isEmpty());
    assertThat(someWithoutBodyPart).as("the data set has series without body part").isTrue();
    assertThat(bodyParts.get(0).name()).isNull();
    assertThat(bodyParts.subList(1, bodyParts.size())).extracting(BodyPartValue::name).containsExactlyElementsOf(
        Truth.upperValues(lung, io.github.tcia4j.testkit.data.Series::bodyPartExamined));
  }

  @Test
  void valueFiltersCombineAndIgnoreCase() {
    List<io.github.tcia4j.testkit.data.Series> lungCt = truth.series(s -> s.collection().equals(LUNG)
        && s.modality().equalsIgnoreCase("CT"));

    List<ManufacturerValue> exact = nbia.getManufacturer(ValueQuery.collection(LUNG).withModality("CT"));
    List<ManufacturerValue> lower = nbia.getManufacturer(ValueQuery.collection("sbx-lung-ct").withModality("ct"));
    List<BodyPartValue> segBodyParts = nbia.getBodyPart(ValueQuery.collection(LUNG).withModality("SEG"));

    assertThat(exact).extracting(ManufacturerValue::name)
        .containsExactlyElementsOf(Truth.upperValues(lungCt, io.github.tcia4j.testkit.data.Series::manufacturer))
        .doesNotContain("SBX SEGMENTATION LAB");
    assertThat(lower).isEqualTo(exact);
    assertThat(nbia.getModality(ValueQuery.bodyPart("chest"))).extracting(ModalityValue::name)
        .containsExactlyElementsOf(Truth.upperValues(truth.series(s -> s.bodyPartExamined()
            .map("CHEST"::equalsIgnoreCase).orElse(false)), s -> Optional.of(s.modality())));
    assertThat(segBodyParts).isNotEmpty();
    assertThat(nbia.getModality()).extracting(ModalityValue::name)
        .containsExactlyElementsOf(Truth.upperValues(truth.series(), s -> Optional.of(s.modality())));
  }

  @Test
  void unknownCollectionGivesEmptyLists() {
    assertThat(nbia.getModality(ValueQuery.collection("No-Such-Collection"))).isEmpty();
    assertThat(nbia.getPatient("No-Such-Collection")).isEmpty();
    assertThat(nbia.getStudy("No-Such-Collection")).isEmpty();
    assertThat(nbia.getSeries(SeriesQuery.collection("No-Such-Collection"))).isEmpty();
    assertThat(nbia.getModalityCounts(ValueQuery.collection("No-Such-Collection"))).isEmpty();
    assertThat(nbia.getNewPatientsInCollection("No-Such-Collection", LocalDate.of(2000, 1, 1))).isEmpty();
  }

  // ---- patients and studies

  @Test
  void patientsOfACollection() {
    List<Patient> patients = nbia.getPatient(LUNG);

    assertThat(patients).extracting(Patient::patientId).containsExactlyInAnyOrderElementsOf(
        truth.patients(truth.seriesOf(LUNG)));
    assertThat(patients).allSatisfy(p -> {
      assertThat(p.collection()).isEqualTo(LUNG);
      assertThat(p.authorized()).isEqualTo(1);
      assertThat(p.patientBirthDate()).isEmpty();
      assertThat(p.extra()).isEmpty();
    });
    assertThat(patients).filteredOn(p -> p.patientId().equals("SBX-LUNG-PHANTOM")).singleElement()
        .satisfies(p -> assertThat(p.phantom()).isEqualTo("YES"));
    assertThat(nbia.getPatient("sbx-lung-ct")).isEqualTo(patients);
    assertThat(nbia.getPatient()).extracting(Patient::patientId).containsExactlyInAnyOrderElementsOf(
        truth.series().stream().map(s -> s.patientId()).distinct().toList());
  }

  @Test
  void patientsByCollectionAndModality() {
    List<PatientRef> seg = nbia.getPatientByCollectionAndModality(LUNG, "SEG");

    assertThat(seg).extracting(PatientRef::patientId).containsExactlyInAnyOrderElementsOf(
        truth.patients(truth.series(s -> s.collection().equals(LUNG) && s.modality().equals("SEG"))));
    assertThat(seg.size()).isLessThan(nbia.getPatient(LUNG).size());
    assertThat(nbia.getPatientByCollectionAndModality(LUNG, "seg")).isEqualTo(seg);
    assertThat(nbia.getPatientByCollectionAndModality(LUNG, "MR")).isEmpty();
  }

  @Test
  void newPatientsFromTheReleaseDayOn() {
    LocalDate wave = LocalDate.of(2024, 11, 20);
    Set<String> released = truth.patients(truth.series(s -> s.collection().equals(LUNG)
        && !s.dateReleased().toLocalDate().isBefore(wave)));
    assertThat(released).isNotEmpty();

    assertThat(nbia.getNewPatientsInCollection(LUNG, wave)).extracting(Patient::patientId)
        .containsExactlyInAnyOrderElementsOf(released);
    assertThat(nbia.getNewPatientsInCollection(LUNG, "2024/11/20")).extracting(Patient::patientId)
        .containsExactlyInAnyOrderElementsOf(released);
    assertThat(nbia.getNewPatientsInCollection(LUNG, wave.plusDays(1))).isEmpty();
    assertThat(nbia.getNewPatientsInCollection(LUNG, "1900-01-01")).hasSameSizeAs(nbia.getPatient(LUNG));
  }

  @Test
  void studiesWithFilters() {
    List<Study> studies = nbia.getStudy(LUNG);

    assertThat(studies).extracting(Study::studyInstanceUid).containsExactlyInAnyOrderElementsOf(
        truth.studies(truth.seriesOf(LUNG)));
    Map<String, Long> seriesPerStudy = truth.seriesOf(LUNG).stream().collect(
        Collectors.groupingBy(io.github.tcia4j.testkit.data.Series::studyInstanceUid, Collectors.counting()));
    assertThat(studies).allSatisfy(st -> {
      assertThat(st.seriesCount()).as(st.studyInstanceUid()).isEqualTo(seriesPerStudy.get(st.studyInstanceUid()).intValue());
      assertThat(st.studyDate()).isNotNull();
      assertThat(st.patientAge()).matches("\\d{3}Y");
      assertThat(st.extra()).isEmpty();
    });
    Study one = studies.get(0);
    assertThat(nbia.getStudy(StudyQuery.collection(LUNG).withPatientId(one.patientId())))
        .extracting(Study::patientId).containsOnly(one.patientId());
    assertThat(nbia.getStudy(StudyQuery.studyUid(one.studyInstanceUid()))).containsExactly(one);
  }

  @Test
  void newStudiesOfAPatient() {
    io.github.tcia4j.testkit.data.Series recent = truth.series(s -> s.collection().equals(LUNG)).stream()
        .max(java.util.Comparator.comparing(io.github.tcia4j.testkit.data.Series::dateReleased)).orElseThrow();
    LocalDate day = recent.dateReleased().toLocalDate();
    Set<String> expected = truth.studies(truth.series(s -> s.collection().equals(LUNG)
        && s.patientId().equals(recent.patientId()) && !s.dateReleased().toLocalDate().isBefore(day)));

    assertThat(nbia.getNewStudiesInPatient(LUNG, recent.patientId(), day)).extracting(Study::studyInstanceUid)
        .containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    assertThat(nbia.getNewStudiesInPatient(LUNG, recent.patientId(), day.plusDays(1))).isEmpty();
  }

  // ---- series

  @Test
  void seriesOfACollectionWithTheirValues() {
    List<Series> series = nbia.getSeries(SeriesQuery.collection(LUNG));

    assertThat(series).extracting(Series::seriesInstanceUid).containsExactlyInAnyOrderElementsOf(
        truth.uids(truth.seriesOf(LUNG)));
    for (Series s : series) {
      io.github.tcia4j.testkit.data.Series t = truth.dataset().series(s.seriesInstanceUid()).orElseThrow();
      assertThat(s.imageCount()).isEqualTo(t.imageCount());
      assertThat(s.fileSize()).isEqualTo(truth.dataset().fileSize(t.seriesInstanceUid()));
      assertThat(s.dateReleased().toLocalDate()).isEqualTo(t.dateReleased().toLocalDate());
      assertThat(s.dataDescriptionUri()).isEqualTo(t.dataDescriptionUri().orElse(null));
      assertThat(s.patientId()).isEqualTo(t.patientId());
      assertThat(s.authorized()).isEqualTo(1);
      assertThat(s.extra()).isEmpty();
    }
  }

  @Test
  void seriesFiltersIgnoreCaseAndCombine() {
    List<Series> siemens = nbia.getSeries(SeriesQuery.collection(LUNG).withManufacturer("siemens"));
    Set<String> expected = truth.uids(truth.series(s -> s.collection().equals(LUNG)
        && s.manufacturer().map(m -> m.equalsIgnoreCase("SIEMENS")).orElse(false)));
    Set<String> stored = new HashSet<>();
    truth.series(s -> s.collection().equals(LUNG)).forEach(s -> s.manufacturer().ifPresent(stored::add));

    assertThat(stored).as("the data set mixes spellings").contains("SIEMENS", "Siemens");
    assertThat(siemens).extracting(Series::seriesInstanceUid).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(nbia.getSeries(SeriesQuery.modality("seg").withCollection(LUNG)))
        .isNotEmpty().allSatisfy(s -> assertThat(s.modality()).isEqualTo("SEG"));
    Series one = siemens.get(0);
    assertThat(nbia.getSeries(SeriesQuery.seriesUid(one.seriesInstanceUid()))).containsExactly(one);
    assertThat(nbia.getSeries(SeriesQuery.studyUid(one.studyInstanceUid()).withPatientId(one.patientId())))
        .extracting(Series::studyInstanceUid).containsOnly(one.studyInstanceUid());
    assertThat(nbia.getSeries(SeriesQuery.collection(LUNG).withManufacturerModel(one.manufacturerModelName()
        .toLowerCase(Locale.ROOT)))).isNotEmpty().allSatisfy(s -> assertThat(s.manufacturerModelName())
        .isEqualToIgnoringCase(one.manufacturerModelName()));
    List<Series> headNeck = nbia.getSeries(SeriesQuery.collection(HEAD_NECK).withBodyPart("HEADNECK"));
    List<io.github.tcia4j.testkit.data.Series> withBodyPart = truth.series(s -> s.collection().equals(HEAD_NECK)
        && s.bodyPartExamined().map(b -> b.equalsIgnoreCase("HEADNECK")).orElse(false));
    assertThat(truth.seriesOf(HEAD_NECK)).as("the data set has series without a body part too")
        .anySatisfy(s -> assertThat(s.bodyPartExamined()).isEmpty());
    assertThat(headNeck).isNotEmpty().allSatisfy(s -> {
      assertThat(s.collection()).isEqualTo(HEAD_NECK);
      assertThat(s.bodyPartExamined()).isEqualTo("HEADNECK");
    });
    assertThat(headNeck).extracting(Series::seriesInstanceUid)
        .containsExactlyInAnyOrderElementsOf(truth.uids(withBodyPart));
    assertThat(nbia.getSeries(SeriesQuery.collection(HEAD_NECK).withBodyPart("headneck")))
        .as("the body-part filter ignores case").extracting(Series::seriesInstanceUid)
        .containsExactlyInAnyOrderElementsOf(truth.uids(withBodyPart));
  }

  @Test
  void seriesOfEveryCollectionAtOnce() {
    assertThat(nbia.getSeries(SeriesQuery.all())).extracting(Series::seriesInstanceUid)
        .containsExactlyInAnyOrderElementsOf(truth.uids(truth.series()));
  }

  @Test
  void seriesListAgreesWithGetSeries() {
    List<Series> series = nbia.getSeries(SeriesQuery.collection(BREAST));
    List<String> uids = series.stream().map(Series::seriesInstanceUid).toList();

    List<SeriesMetadata> metadata = nbia.getSeriesList(uids);

    assertThat(metadata).extracting(SeriesMetadata::seriesInstanceUid).containsExactlyElementsOf(uids);
    Map<String, Series> byUid = new HashMap<>();
    series.forEach(s -> byUid.put(s.seriesInstanceUid(), s));
    for (SeriesMetadata m : metadata) {
      Series s = byUid.get(m.seriesInstanceUid());
      assertThat(m.imageCount()).isEqualTo(s.imageCount());
      assertThat(m.fileSize()).isEqualTo(s.fileSize());
      assertThat(m.studyInstanceUid()).isEqualTo(s.studyInstanceUid());
      assertThat(m.patientId()).isEqualTo(s.patientId());
      assertThat(m.collection()).isEqualTo(s.collection());
      assertThat(m.modality()).isEqualTo(s.modality());
      assertThat(m.seriesDate()).isEqualTo(s.seriesDate());
      assertThat(m.studyDate()).isEqualTo(s.studyDate());
      assertThat(m.dateReleased()).isEqualTo(s.dateReleased());
      assertThat(m.dataDescriptionUri()).isEqualTo(s.dataDescriptionUri());
      assertThat(m.thirdPartyAnalysis()).isEqualTo(s.thirdPartyAnalysis());
      assertThat(m.pixelSpacingRow()).isNotEmpty();
      assertThat(m.extra()).isEmpty();
    }
  }

  /** What tcia_utils' auth-era {@code getSeriesList(include_patient_study=True)} added comes with every v4 row. */
  @Test
  void seriesListCarriesThePatientAndStudyColumns() {
    List<String> uids = nbia.getSeries(SeriesQuery.collection(LUNG)).stream().map(Series::seriesInstanceUid).toList();
    Map<String, Patient> patients = nbia.getPatient(LUNG).stream()
        .collect(Collectors.toMap(Patient::patientId, Function.identity()));
    Map<String, Study> studies = nbia.getStudy(LUNG).stream()
        .collect(Collectors.toMap(Study::studyInstanceUid, Function.identity()));

    List<SeriesMetadata> metadata = nbia.getSeriesList(uids);

    assertThat(metadata).hasSameSizeAs(uids).allSatisfy(m -> {
      Patient p = patients.get(m.patientId());
      Study st = studies.get(m.studyInstanceUid());
      assertThat(m.patientName()).isNotNull().isEqualTo(p.patientName());
      assertThat(m.patientSex()).isEqualTo(p.patientSex());
      assertThat(m.ethnicGroup()).isEqualTo(p.ethnicGroup());
      assertThat(m.phantom()).isNotNull().isEqualTo(p.phantom());
      assertThat(m.speciesCode()).isNotNull().isEqualTo(p.speciesCode());
      assertThat(m.speciesDescription()).isEqualTo(p.speciesDescription());
      assertThat(m.studyDate()).isNotNull().isEqualTo(st.studyDate());
      assertThat(m.studyDesc()).isEqualTo(st.studyDescription());
      assertThat(m.studyId()).isEqualTo(st.studyId());
      assertThat(m.patientAge()).isEqualTo(st.patientAge());
    });
  }

  @Test
  void seriesListSkipsUnknownAndInvisibleSeries() {
    String hidden = truth.dataset().series().stream().filter(s -> !s.visible()).findFirst().orElseThrow()
        .seriesInstanceUid();
    String known = truth.seriesOf(LUNG).get(0).seriesInstanceUid();

    assertThat(nbia.getSeriesList(List.of("1.2.3.4.5.6.7.8.9", hidden, known, known)))
        .extracting(SeriesMetadata::seriesInstanceUid).containsExactly(known);
    assertThat(nbia.getSeriesList(List.of("1.2.3.4.5.6.7.8.9"))).isEmpty();
  }

  @Test
  void updatedSeriesAfterAReleaseDay() {
    LocalDate wave = LocalDate.of(2024, 11, 20);
    Set<String> expected = truth.uids(truth.series(s -> !s.dateReleased().toLocalDate().isBefore(wave)));

    assertThat(nbia.getUpdatedSeries(wave)).extracting(Series::seriesInstanceUid)
        .containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    assertThat(nbia.getUpdatedSeries("2024/11/21")).extracting(Series::seriesInstanceUid)
        .containsExactlyInAnyOrderElementsOf(truth.uids(truth.series(s -> s.dateReleased().toLocalDate()
            .isAfter(wave))));
  }

  @Test
  void sizeAndInstancesOfASeries() {
    io.github.tcia4j.testkit.data.Series t = truth.seriesOf(HEAD_NECK).get(0);

    assertThat(nbia.getSeriesSize(t.seriesInstanceUid())).hasValueSatisfying(size -> {
      assertThat(size.totalSizeInBytes()).isEqualTo(truth.dataset().fileSize(t.seriesInstanceUid()));
      assertThat(size.objectCount()).isEqualTo(t.imageCount());
    });
    assertThat(nbia.getSeriesSize("1.2.3.4.5.6.7.8.9")).isEmpty();
    assertThat(nbia.getSopInstanceUids(t.seriesInstanceUid())).extracting(SopInstanceValue::name)
        .containsExactlyInAnyOrderElementsOf(truth.dataset().instances(t.seriesInstanceUid()).stream()
            .map(Instance::sopInstanceUid).toList());
    assertThat(nbia.getSopInstanceUids("1.2.3.4.5.6.7.8.9")).isEmpty();
  }

  @Test
  void sharedCartOverV1() {
    SharedCart cart = truth.dataset().cart("nbia-10000000000000001").orElseThrow();

    List<CartSeries> contents = nbia.getSharedCart(cart.name());

    assertThat(contents).extracting(CartSeries::seriesInstanceUid).containsExactlyElementsOf(cart.seriesInstanceUids());
    assertThat(contents).allSatisfy(c -> {
      assertThat(c.dateReleased()).isNotNull();
      assertThat(c.collection()).isEqualTo(LUNG);
      assertThat(c.extra()).isEmpty();
    });
    assertThat(nbia.getSharedCart("nbia-00000000000000000")).isEmpty();
  }

  // ---- counts, descriptions, DOIs

  @Test
  void collectionPatientCounts() {
    List<CollectionCount> counts = nbia.getCollectionPatientCounts();

    Map<String, Long> expected = truth.series().stream().collect(Collectors.groupingBy(
        io.github.tcia4j.testkit.data.Series::collection, Collectors.mapping(
            io.github.tcia4j.testkit.data.Series::patientId, Collectors.collectingAndThen(Collectors.toSet(),
                s -> (long) s.size()))));
    assertThat(counts).hasSize(expected.size()).allSatisfy(c -> {
      assertThat(c.count().longValue()).as(c.value()).isEqualTo(expected.get(c.value()));
      assertThat(c.authorized()).isEqualTo(1);
    });
  }

  @Test
  void countsPerValueWithFilters() {
    List<ModalityCount> modalities = nbia.getModalityCounts(ValueQuery.collection(LUNG));
    List<BodyPartCount> bodyParts = nbia.getBodyPartCounts(ValueQuery.collection(LUNG).withModality("CT"));
    List<ManufacturerCount> manufacturers = nbia.getManufacturerCounts(ValueQuery.collection(LUNG).withBodyPart("CHEST"));

    assertThat(modalities).extracting(ModalityCount::value).containsExactlyInAnyOrder("CT", "SEG");
    assertThat(modalities).filteredOn(m -> m.value().equals("SEG")).singleElement().satisfies(m ->
        assertThat(m.count()).isEqualTo(truth.patients(truth.series(s -> s.collection().equals(LUNG)
            && s.modality().equals("SEG"))).size()));
    assertThat(bodyParts).extracting(BodyPartCount::value).contains("NOT SPECIFIED", "CHEST");
    assertThat(manufacturers).extracting(ManufacturerCount::value).contains("SIEMENS")
        .doesNotContain("Siemens");
    assertThat(nbia.getModalityCounts(ValueQuery.all())).extracting(ModalityCount::value)
        .containsExactlyInAnyOrderElementsOf(Truth.upperValues(truth.series(), s -> Optional.of(s.modality())));
  }

  @Test
  void descriptionsAsHtmlAndPlainText() {
    List<CollectionDescription> html = nbia.getCollectionDescriptions();
    List<CollectionDescription> plain = nbia.getCollectionDescriptions(true);

    assertThat(plain).hasSameSizeAs(html);
    CollectionDescription lungHtml = html.stream().filter(d -> LUNG.equals(d.collectionName())).findFirst().orElseThrow();
    CollectionDescription lungPlain = plain.stream().filter(d -> LUNG.equals(d.collectionName())).findFirst().orElseThrow();
    assertThat(lungHtml.description()).isEqualTo(truth.dataset().collection(LUNG).orElseThrow().description().orElseThrow())
        .contains("<p>");
    assertThat(lungPlain.description()).isEqualTo(HtmlText.toPlainText(lungHtml.description()))
        .startsWith("Synthetic sandbox collection SBX-Lung-CT: chest CT").doesNotContain("<", ">");
    assertThat(lungPlain.id()).isEqualTo(lungHtml.id());
    assertThat(plain).extracting(CollectionDescription::collectionName).doesNotContain("SBX-Restricted-Trial");
  }

  @Test
  void doiLookupInEveryAcceptedForm() {
    String doiUrl = truth.seriesOf(LUNG).stream().filter(s -> s.modality().equals("CT")).findFirst().orElseThrow()
        .dataDescriptionUri().orElseThrow();
    String bare = doiUrl.substring("https://doi.org/".length());
    Set<String> expected = truth.uids(truth.series(s -> s.dataDescriptionUri().map(doiUrl::equals).orElse(false)));

    List<DoiItem> series = nbia.getDoiMetadata(bare, DoiOutput.SERIES);
    List<DoiItem> collections = nbia.getDoiMetadata("doi:" + bare, DoiOutput.COLLECTIONS);

    assertThat(series).extracting(DoiItem::seriesInstanceUid).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(collections).singleElement().satisfies(d -> {
      assertThat(d.collection()).isEqualTo(LUNG);
      assertThat(d.seriesInstanceUid()).isNull();
      assertThat(d.thirdPartyAnalysis()).isEqualTo("NO");
      assertThat(d.authorized()).isEqualTo(1);
    });
    assertThat(nbia.getDoiMetadata("http://dx.doi.org/" + bare, DoiOutput.SERIES)).isEqualTo(series);
    assertThat(nbia.getDoiMetadata("10.80000/NO-SUCH-DOI", DoiOutput.SERIES)).isEmpty();
  }

  @Test
  void analysisResultsHaveTheirOwnDoi() {
    String segDoi = truth.seriesOf(LUNG).stream().filter(s -> s.modality().equals("SEG")).findFirst().orElseThrow()
        .dataDescriptionUri().orElseThrow();

    assertThat(nbia.getDoiMetadata(segDoi, DoiOutput.COLLECTIONS)).singleElement()
        .satisfies(d -> assertThat(d.thirdPartyAnalysis()).isEqualTo("YES"));
  }

  // ---- hosts

  @Test
  void theNlstHostHoldsOnlyItsCollection() {
    TciaSandbox s = SANDBOX.sandbox();
    Truth nlstTruth = new Truth(s.dataset(Host.NLST));
    try (NbiaClient nlst = NbiaClient.connect(s.nlstUrl())) {
      assertThat(nlst.getCollections()).extracting(c -> c.name()).containsExactly("SBX-NLST");
      assertThat(nlst.getSeries(SeriesQuery.all())).extracting(Series::seriesInstanceUid)
          .containsExactlyInAnyOrderElementsOf(nlstTruth.uids(nlstTruth.series()));
      assertThat(nlst.getSeries(SeriesQuery.collection(LUNG))).isEmpty();
      String nlstUid = nlstTruth.series().get(0).seriesInstanceUid();
      assertThat(nlst.getSeriesList(List.of(nlstUid))).hasSize(1);
      assertThat(nbia.getSeriesList(List.of(nlstUid))).isEmpty();
      assertThat(nbia.getSopInstanceUids(nlstUid)).isEmpty();
      assertThat(nbia.getCollections()).extracting(c -> c.name()).doesNotContain("SBX-NLST");
    }
  }
}
