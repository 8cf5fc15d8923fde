package io.github.tcia4j.nbia.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.DoiOutput;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.StudyQuery;
import io.github.tcia4j.nbia.ValueQuery;
import io.github.tcia4j.nbia.wire.WireServer.Request;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each query sends, per API generation: path family, endpoint name, parameter names and date
 * formats (nbia-api.md sections 1.3, 3.2 and 4). The server answers "no rows" unless a test says
 * otherwise.
 */
class WireFormatTest {
  private static final String UID = "1.3.6.1.4.1.14519.5.2.1.6834.5010.322628904903035357840500590726";
  private static final LocalDate DAY = LocalDate.of(2024, 1, 31);

  private static WireServer server;
  private static NbiaClient v4;
  private static NbiaClient v1;
  private static NbiaClient v2;

  @BeforeAll
  static void start() throws IOException {
    server = new WireServer();
    v4 = client(ApiVersion.V4);
    v1 = client(ApiVersion.V1);
    v2 = client(ApiVersion.V2);
  }

  private static NbiaClient client(ApiVersion version) {
    return server.client(version);
  }

  @AfterAll
  static void stop() {
    v4.close();
    v1.close();
    v2.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.clear();
    server.answer(r -> new WireServer.Answer(200, "application/json", ""));
  }

  private static Request sent(Consumer<NbiaClient> call, NbiaClient client) {
    server.clear();
    call.accept(client);
    List<Request> requests = server.requests();
    assertThat(requests).as("requests").hasSize(1);
    return requests.get(0);
  }

  private static void expect(Request r, String method, String path, Map<String, String> params) {
    assertThat(r.method()).isEqualTo(method);
    assertThat(r.path()).isEqualTo(path);
    Map<String, List<String>> actual = "GET".equals(method) ? r.query() : r.form();
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(params.keySet());
    params.forEach((k, v) -> assertThat(r.param(k)).as(k).isEqualTo(v));
  }

  @Test
  void valueListsUseTheSearchFamilyWithTheirOwnParameters() {
    ValueQuery q = ValueQuery.collection("NSCLC Radiogenomics").withModality("CT");
    for (NbiaClient c : List.of(v4, v1, v2)) {
      String prefix = c.apiVersion().name().toLowerCase() + "/";
      expect(sent(x -> x.getBodyPart(q), c), "GET", prefix + "getBodyPartValues",
          Map.of("Collection", "NSCLC Radiogenomics", "Modality", "CT"));
      expect(sent(x -> x.getModality(ValueQuery.collection("A").withBodyPart("CHEST")), c), "GET",
          prefix + "getModalityValues", Map.of("Collection", "A", "BodyPartExamined", "CHEST"));
      expect(sent(x -> x.getManufacturer(q.withBodyPart("LUNG")), c), "GET", prefix + "getManufacturerValues",
          Map.of("Collection", "NSCLC Radiogenomics", "Modality", "CT", "BodyPartExamined", "LUNG"));
      expect(sent(NbiaClient::getModality, c), "GET", prefix + "getModalityValues", Map.of());
    }
  }

  @Test
  void unsupportedFiltersAreRefusedBeforeSending() {
    assertThatThrownBy(() -> v4.getModality(ValueQuery.modality("CT")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("getModality does not filter by modality")
        .hasMessageContaining("accepts only collection, bodyPart");
    assertThatThrownBy(() -> v4.getBodyPartCounts(ValueQuery.bodyPart("CHEST").withManufacturer("GE")))
        .hasMessageContaining("getBodyPartCounts does not filter by bodyPart or manufacturer")
        .hasMessageContaining("accepts only collection, modality");
    assertThatThrownBy(() -> v4.getManufacturer(ValueQuery.manufacturer("GE")))
        .hasMessageContaining("getManufacturer does not filter by manufacturer")
        .hasMessageContaining("collection, modality, bodyPart");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void patientsAndStudies() {
    for (NbiaClient c : List.of(v4, v1, v2)) {
      String prefix = c.apiVersion().name().toLowerCase() + "/";
      expect(sent(x -> x.getPatient("TCGA-BLCA"), c), "GET", prefix + "getPatient", Map.of("Collection", "TCGA-BLCA"));
      expect(sent(NbiaClient::getPatient, c), "GET", prefix + "getPatient", Map.of());
      expect(sent(x -> x.getPatientByCollectionAndModality("TCGA-BLCA", "CT"), c), "GET",
          prefix + "getPatientByCollectionAndModality", Map.of("Collection", "TCGA-BLCA", "Modality", "CT"));
      expect(sent(x -> x.getStudy(StudyQuery.collection("C").withPatientId("P").withStudyUid(UID)), c), "GET",
          prefix + "getPatientStudy", Map.of("Collection", "C", "PatientID", "P", "StudyInstanceUID", UID));
      expect(sent(x -> x.getStudy("C"), c), "GET", prefix + "getPatientStudy", Map.of("Collection", "C"));
    }
  }

  @Test
  void datesPerGeneration() {
    expect(sent(x -> x.getNewPatientsInCollection("C", DAY), v4), "GET", "v4/NewPatientsInCollection",
        Map.of("Collection", "C", "fromDate", "01-31-2024"));
    expect(sent(x -> x.getNewPatientsInCollection("C", "2024/01/31"), v1), "GET", "v1/NewPatientsInCollection",
        Map.of("Collection", "C", "Date", "2024/01/31"));
    expect(sent(x -> x.getNewPatientsInCollection("C", "2024-01-31"), v2), "GET", "v2/NewPatientsInCollection",
        Map.of("Collection", "C", "Date", "2024/01/31"));
    expect(sent(x -> x.getNewStudiesInPatient("C", "P", DAY), v4), "GET", "v4/NewStudiesInPatientCollection",
        Map.of("Collection", "C", "PatientID", "P", "fromDate", "01-31-2024"));
    expect(sent(x -> x.getNewStudiesInPatient("C", "P", "2024/1/31"), v1), "GET", "v1/NewStudiesInPatientCollection",
        Map.of("Collection", "C", "PatientID", "P", "Date", "2024/01/31"));
    expect(sent(x -> x.getUpdatedSeries(DAY), v4), "GET", "v4/getUpdatedSeries", Map.of("fromDate", "01-31-2024"));
    expect(sent(x -> x.getUpdatedSeries("2024/01/31"), v1), "GET", "v1/getUpdatedSeries", Map.of("fromDate", "31/01/2024"));
    expect(sent(x -> x.getUpdatedSeries(DAY), v2), "GET", "v2/getUpdatedSeries", Map.of("fromDate", "31/01/2024"));
  }

  @Test
  void getSeriesSendsOnlyTheFiltersThatAreSet() {
    SeriesQuery all8 = SeriesQuery.collection("C").withPatientId("P").withStudyUid("1.2").withSeriesUid(UID)
        .withModality("MR").withBodyPart("BRAIN").withManufacturer("GE MEDICAL SYSTEMS").withManufacturerModel("Signa HDxt");
    expect(sent(x -> x.getSeries(all8), v4), "GET", "v4/getSeries", Map.of("Collection", "C", "PatientID", "P",
        "StudyInstanceUID", "1.2", "SeriesInstanceUID", UID, "Modality", "MR", "BodyPartExamined", "BRAIN",
        "Manufacturer", "GE MEDICAL SYSTEMS", "ManufacturerModelName", "Signa HDxt"));
    expect(sent(x -> x.getSeries(SeriesQuery.collection("C+D & E")), v1), "GET", "v1/getSeries",
        Map.of("Collection", "C+D & E"));
    expect(sent(x -> x.getSeries(SeriesQuery.all()), v2), "GET", "v2/getSeries", Map.of());
  }

  @Test
  void seriesSizeSopsAndCarts() {
    for (NbiaClient c : List.of(v4, v1, v2)) {
      String prefix = c.apiVersion().name().toLowerCase() + "/";
      expect(sent(x -> x.getSeriesSize(UID), c), "GET", prefix + "getSeriesSize", Map.of("SeriesInstanceUID", UID));
      expect(sent(x -> x.getSopInstanceUids(UID), c), "GET", prefix + "getSOPInstanceUIDs",
          Map.of("SeriesInstanceUID", UID));
    }
    expect(sent(x -> x.getSharedCart("nbia-49121659384603347"), v4), "GET", "v1/getContentsByName",
        Map.of("name", "nbia-49121659384603347"));
    expect(sent(x -> x.getSharedCart("n"), v1), "GET", "v1/getContentsByName", Map.of("name", "n"));
    expect(sent(x -> x.getSharedCart("n"), v2), "GET", "v2/getContentsByName", Map.of("name", "n"));
  }

  @Test
  void advancedEndpointsAreV4OrUnversionedForV2() {
    for (NbiaClient c : List.of(v4, v2)) {
      String prefix = c.apiVersion() == ApiVersion.V4 ? "v4/" : "";
      expect(sent(NbiaClient::getCollectionPatientCounts, c), "GET", prefix + "getCollectionValuesAndCounts", Map.of());
      expect(sent(x -> x.getModalityCounts(ValueQuery.collection("C").withBodyPart("B")), c), "GET",
          prefix + "getModalityValuesAndCounts", Map.of("Collection", "C", "BodyPartExamined", "B"));
      expect(sent(x -> x.getBodyPartCounts(ValueQuery.modality("CT")), c), "GET", prefix + "getBodyPartValuesAndCounts",
          Map.of("Modality", "CT"));
      expect(sent(x -> x.getManufacturerCounts(ValueQuery.all()), c), "GET", prefix + "getManufacturerValuesAndCounts",
          Map.of());
      expect(sent(x -> x.getCollectionDescriptions(true), c), "GET", prefix + "getCollectionDescriptions", Map.of());
      expect(sent(x -> x.getDicomTags(UID), c), "GET", prefix + "getDicomTags", Map.of("SeriesUID", UID));
      expect(sent(x -> x.getSegRefSeries(UID), c), "GET", prefix + "getDicomTags", Map.of("SeriesUID", UID));
      expect(sent(x -> x.getDoiMetadata("doi:10.7937/K9/TCIA.2016.ELN8YGLE", DoiOutput.SERIES), c), "POST",
          prefix + "getCollectionOrSeriesForDOI",
          Map.of("DOI", "https://doi.org/10.7937/K9/TCIA.2016.ELN8YGLE", "CollectionOrSeries", "series"));
      expect(sent(x -> x.getDoiMetadata("10.7937/x", DoiOutput.COLLECTIONS), c), "POST",
          prefix + "getCollectionOrSeriesForDOI",
          Map.of("DOI", "https://doi.org/10.7937/x", "CollectionOrSeries", "collection"));
    }
  }

  @Test
  void v1LacksTheAdvancedEndpoints() {
    List<Runnable> calls = List.of(v1::getCollectionPatientCounts, () -> v1.getModalityCounts(ValueQuery.all()),
        () -> v1.getBodyPartCounts(ValueQuery.all()), () -> v1.getManufacturerCounts(ValueQuery.all()),
        v1::getCollectionDescriptions, () -> v1.getDicomTags(UID), () -> v1.getSegRefSeries(UID),
        () -> v1.getDoiMetadata("10.7937/x", DoiOutput.SERIES));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("is not available on API generation V1")
          .hasMessageContaining("ApiVersion.V4");
    }
    assertThatThrownBy(() -> v1.getDicomTags(UID)).hasMessageStartingWith("getDicomTags is not available")
        .hasMessageContaining("NBIA v1 has no getDicomTags endpoint");
    assertThatThrownBy(() -> v1.getSegRefSeries(UID)).hasMessageStartingWith("getSegRefSeries is not available");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void v2SendsTheBearerTokenAndV4SendsNone() {
    assertThat(sent(NbiaClient::getModality, v2).authorization()).isEqualTo("Bearer wire-token");
    assertThat(sent(NbiaClient::getCollectionPatientCounts, v2).authorization()).isEqualTo("Bearer wire-token");
    assertThat(sent(NbiaClient::getModality, v4).authorization()).isNull();
  }

  @Test
  void seriesListPerGeneration() {
    String other = "1.2.3";
    expect(sent(x -> x.getSeriesList(List.of(UID, other, UID)), v4), "POST", "v4/getSeriesMetadata",
        Map.of("list", UID + "," + other, "format", "csv"));
    expect(sent(x -> x.getSeriesList(List.of(UID, other)), v2), "POST", "getSeriesMetadata2",
        Map.of("list", UID + "," + other));
    server.clear();
    v1.getSeriesList(List.of(UID, other, " " + UID + " "));
    assertThat(server.requests()).extracting(Request::path).containsExactly("v1/getSeriesMetaData", "v1/getSeriesMetaData");
    assertThat(server.requests()).extracting(r -> r.param("SeriesInstanceUID")).containsExactly(UID, other);
  }
}
