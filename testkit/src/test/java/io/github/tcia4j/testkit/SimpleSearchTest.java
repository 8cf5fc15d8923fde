package io.github.tcia4j.testkit;

import static io.github.tcia4j.testkit.Paths.ADV;
import static io.github.tcia4j.testkit.Paths.V4;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimpleSearchTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

  @RegisterExtension
  static TciaSandboxExtension sandbox = TciaSandbox.builder().clock(CLOCK).extension();

  private static Http http() {
    return Http.of(sandbox.sandbox());
  }

  private static Dataset data() {
    return sandbox.sandbox().dataset(Host.NBIA);
  }

  private static String[] form(String... criteria) {
    List<String> f = new ArrayList<>(Arrays.asList(criteria));
    f.addAll(List.of("sortField", "subject", "sortDirection", "ascending", "start", "0", "size",
        "10", "tool", "tcia_utils"));
    return f.toArray(new String[0]);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Map<String, Object> answer) {
    return (List<Map<String, Object>>) (List<?>) answer.get("resultSet");
  }

  @Test
  void answersTheResultObject() {
    Http.Res r = http().post(V4 + "getSimpleSearch", form("criteriaType0", "CollectionCriteria",
        "value0", "SBX-Breast-MR"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/json");
    Map<String, Object> a = Json.object(r.body());
    assertThat(a.keySet()).containsExactly("resultSet", "totalPatients", "bodyParts",
        "modalities", "collections", "species", "maxTimepoints", "minTimepoints", "sort");
    assertThat(a.get("totalPatients")).isEqualTo(10L);
    assertThat(a.get("sort")).isEqualTo("subject-ascending");
    List<Map<String, Object>> set = results(a);
    assertThat(set).hasSize(10);
    assertThat(set.get(0).keySet()).containsExactly("subjectId", "project", "id",
        "studyIdentifiers", "totalNumberOfStudies", "totalNumberOfSeries", "modalities",
        "bodyParts", "species", "timepoints", "authorized");
    assertThat(set).extracting(m -> m.get("subjectId")).isSortedAccordingTo(
        (x, y) -> ((String) x).compareTo((String) y));
    assertThat(r.body()).contains("\"maxTimepoints\":{\"Diagnosis\":")
        .contains("\"collections\":[{\"value\":\"SBX-Breast-MR\",\"count\":10}]");
  }

  @Test
  void pagingCountsPatientsAndSortingWorks() {
    String[] base = {"criteriaType0", "CollectionCriteria", "value0", "SBX-Chest-XRay",
        "sortField", "totalNumberOfStudies", "sortDirection", "descending"};
    List<Object> seen = new ArrayList<>();
    for (int start = 0; start < 15; start += 4) {
      String[] f = Arrays.copyOf(base, base.length + 4);
      f[base.length] = "start";
      f[base.length + 1] = Integer.toString(start);
      f[base.length + 2] = "size";
      f[base.length + 3] = "4";
      Map<String, Object> a = Json.object(http().post(V4 + "getSimpleSearch", f).body());
      assertThat(a.get("totalPatients")).isEqualTo(15L);
      assertThat(a.get("sort")).isEqualTo("totalNumberOfStudies-descending");
      results(a).forEach(m -> seen.add(m.get("totalNumberOfStudies")));
    }
    assertThat(seen).hasSize(15).isSortedAccordingTo((x, y) -> Long.compare((Long) y, (Long) x));
  }

  @Test
  void missingPagingFieldsAndBadStartAreServerErrors() {
    Http.Res r = http().post(V4 + "getSimpleSearch", "criteriaType0", "CollectionCriteria",
        "value0", "SBX-Lung-CT", "sortField", "subject", "start", "0", "size", "10");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.body()).isEqualTo(Paths.PROCESS_FAILED + "\nnull");
    Http.Res beyond = http().post(V4 + "getSimpleSearch", "criteriaType0", "CollectionCriteria",
        "value0", "SBX-Lung-CT", "sortField", "subject", "sortDirection", "ascending", "start",
        "100", "size", "10");
    assertThat(beyond.status()).isEqualTo(500);
    assertThat(beyond.body()).startsWith(Paths.PROCESS_FAILED + "\nfromIndex(100)");
    Http.Res notNumber = http().post(V4 + "getSimpleSearch", form("criteriaType0",
        "MinNumberOfStudiesCriteria", "value0", "two"));
    assertThat(notNumber.body()).isEqualTo(Paths.PROCESS_FAILED + "\nFor input string: \"two\"");
  }

  @Test
  void criteriaCombineAndUnknownTypesAreIgnored() {
    Map<String, Object> a = Json.object(http().post(V4 + "getSimpleSearch", form(
        "criteriaType0", "imagemodalitycriteria", "value0", "PT",
        "criteriaType1", "ImageModalityCriteria", "value1", "DX",
        "criteriaType2", "NoSuchCriteria", "value2", "x",
        "criteriaType3", "AnatomicalSiteCriteria", "value3", "HEADNECK",
        "criteriaType5", "CollectionCriteria", "value5", "SBX-Lung-CT")).body());
    Set<String> expected = data().series().stream().filter(s -> s.visible()
        && (s.modality().equals("PT") || s.modality().equals("DX"))
        && s.bodyPartExamined().orElse("").equals("HEADNECK"))
        .map(Series::patientId).collect(Collectors.toSet());
    assertThat(a.get("totalPatients")).isEqualTo((long) expected.size());
    assertThat(results(a)).allSatisfy(m -> assertThat(m.get("project")).isEqualTo("SBX Head+Neck"));
  }

  @Test
  void modalityAndedAndMinStudies() {
    Map<String, Object> anded = Json.object(http().post(V4 + "getSimpleSearch", form(
        "criteriaType0", "ImageModalityCriteria", "value0", "CT",
        "criteriaType1", "ImageModalityCriteria", "value1", "SEG",
        "criteriaType2", "ModalityAndedSearchCriteria", "value2", "all")).body());
    for (Map<String, Object> m : results(anded)) {
      assertThat(m.get("modalities").toString()).contains("CT").contains("SEG");
    }
    Map<String, Object> two = Json.object(http().post(V4 + "getSimpleSearch", form(
        "criteriaType0", "MinNumberOfStudiesCriteria", "value0", "3")).body());
    assertThat(results(two)).isNotEmpty().allSatisfy(m ->
        assertThat((Long) m.get("totalNumberOfStudies")).isGreaterThanOrEqualTo(3));
  }

  @Test
  void dateRangeIsMonthFirstOnV4AndDayFirstOnTheOldEndpoint() {
    Map<String, Object> v4 = Json.object(http().post(V4 + "getSimpleSearch", form(
        "criteriaType0", "DateRangeCriteria", "fromDate0", "01-01-2005", "toDate0",
        "12-31-2006")).body());
    assertThat(results(v4)).isNotEmpty();
    Http.Res wrong = http().post(V4 + "getSimpleSearch", form("criteriaType0",
        "DateRangeCriteria", "fromDate0", "01/01/2005", "toDate0", "31/12/2006"));
    assertThat(wrong.status()).isEqualTo(500);
    Http guest = Tokens.guest(http());
    Map<String, Object> old = Json.object(guest.post(ADV
        + "getSimpleSearchWithModalityAndBodyPartPaged", form("criteriaType0",
        "DateRangeCriteria", "fromDate0", "01/01/2005", "toDate0", "31/12/2006")).body());
    assertThat(old.get("totalPatients")).isEqualTo(v4.get("totalPatients"));
    Http.Res enumName = http().post(V4 + "getSimpleSearch", form("criteriaType0",
        "Criteria.DateRange", "fromDate0", "01-01-1999", "toDate0", "12-31-1999"));
    assertThat(Json.object(enumName.body()).get("totalPatients")).isEqualTo(
        Json.object(http().post(V4 + "getSimpleSearch", form()).body()).get("totalPatients"));
  }

  @Test
  void noMatchGivesAnEmptyResultSet() {
    Map<String, Object> a = Json.object(http().post(V4 + "getSimpleSearch", form(
        "criteriaType0", "CollectionCriteria", "value0", "SBX-None")).body());
    assertThat(a.get("totalPatients")).isEqualTo(0L);
    assertThat(results(a)).isEmpty();
  }

  @Test
  void manifestForSimpleSearchHasTheSixLineHeader() {
    Http.Res r = http().post(V4 + "getManifestForSimpleSearch", "criteriaType0",
        "CollectionCriteria", "value0", "SBX-Lung-CT", "sortField", "subject", "sortDirection",
        "ascending", "start", "0", "size", "1000000");
    assertThat(r.contentType()).isEqualTo("text/plain");
    String[] lines = r.body().split("\n", -1);
    assertThat(lines[0]).isEqualTo("downloadServerUrl=" + sandbox.sandbox().nbiaUrl()
        + "/nbia-download/servlet/DownloadServlet");
    assertThat(lines[1]).isEqualTo("includeAnnotation=false");
    assertThat(lines[2]).isEqualTo("noOfrRetry=4");
    assertThat(lines[3]).isEqualTo("databasketId=manifest-" + CLOCK.millis() + ".tcia");
    assertThat(lines[4]).isEqualTo("manifestVersion=3.0");
    assertThat(lines[5]).isEqualTo("ListOfSeriesToDownload=");
    assertThat(lines[lines.length - 1]).isEmpty();
    List<String> uids = Arrays.asList(lines).subList(6, lines.length - 1);
    Set<String> expected = data().series().stream().filter(s -> s.visible()
        && s.collection().equals("SBX-Lung-CT")).map(Series::seriesInstanceUid)
        .collect(Collectors.toSet());
    assertThat(uids).containsExactlyInAnyOrderElementsOf(expected);
    Http.Res old = Tokens.guest(http()).post(ADV + "getManifestForSimpleSearch", "criteriaType0",
        "CollectionCriteria", "value0", "SBX-Lung-CT", "sortField", "subject", "sortDirection",
        "ascending", "start", "0", "size", "1000000");
    assertThat(old.contentType()).isEqualTo("application/x-nbia-manifest-file");
  }

  @Test
  void manifestTextListsTheGivenVisibleSeries() {
    List<String> uids = data().series().stream().filter(Series::visible).limit(2)
        .map(Series::seriesInstanceUid).toList();
    Http.Res r = http().post(V4 + "getManifestText", "list", uids.get(0), "list", "1.2.3",
        "list", uids.get(1), "includeAnnotation", "true");
    String[] lines = r.body().split("\n");
    assertThat(lines[1]).isEqualTo("includeAnnotation=true");
    assertThat(Arrays.asList(lines).subList(6, lines.length)).containsExactlyElementsOf(uids);
    assertThat(http().post(V4 + "getManifestText", "list", uids.get(0), "name", "x").status())
        .isEqualTo(400);
  }
}
