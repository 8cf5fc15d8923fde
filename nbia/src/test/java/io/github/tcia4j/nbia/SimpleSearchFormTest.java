package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.http.Params;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleSearchFormTest {
  private static final Clock MARCH_15 = Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"), ZoneOffset.UTC);

  private static List<String> lines(Params p) {
    return p.entries().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  @Test
  void numbersCriteriaFromZeroWithoutGapsOneIndexPerValue() {
    SimpleSearch s = SimpleSearch.builder()
        .dateRange(LocalDate.of(2001, 2, 3), LocalDate.of(2004, 5, 6))
        .collections("C1", "C2").species(Species.HUMAN).modalities("CT", "MR").bodyParts("CHEST")
        .manufacturers("GE").patients("P 1").minStudies(3).modalitiesAll(true)
        .sort(SortField.STUDY, SortDirection.DESCENDING).start(7).size(9).build();
    assertThat(lines(SimpleSearchForm.encode(s, true, s.size()))).containsExactly(
        "criteriaType0=DateRangeCriteria", "fromDate0=02-03-2001", "toDate0=05-06-2004",
        "criteriaType1=CollectionCriteria", "value1=C1",
        "criteriaType2=CollectionCriteria", "value2=C2",
        "criteriaType3=SpeciesCriteria", "value3=337915000",
        "criteriaType4=ImageModalityCriteria", "value4=CT",
        "criteriaType5=ImageModalityCriteria", "value5=MR",
        "criteriaType6=AnatomicalSiteCriteria", "value6=CHEST",
        "criteriaType7=ManufacturerCriteria", "value7=GE",
        "criteriaType8=PatientCriteria", "value8=P 1",
        "criteriaType9=MinNumberOfStudiesCriteria", "value9=3",
        "criteriaType10=ModalityAndedSearchCriteria", "value10=all",
        "sortField=study", "sortDirection=descending", "start=7", "size=9", "tool=tcia4j");
  }

  @Test
  void advancedEndpointGetsDayFirstDatesAndTheRealTypeName() {
    SimpleSearch s = SimpleSearch.builder().dateRange(LocalDate.of(2001, 2, 3), LocalDate.of(2004, 5, 6)).build();
    List<String> form = lines(SimpleSearchForm.encode(s, false, 10));
    assertThat(form).startsWith("criteriaType0=DateRangeCriteria", "fromDate0=03/02/2001", "toDate0=06/05/2004");
    assertThat(form).noneMatch(l -> l.contains("Criteria.DateRange"));
  }

  @Test
  void openRangesUse1900AndTheClocksToday() {
    SimpleSearch onlyTo = SimpleSearch.builder().toDate(LocalDate.of(2010, 12, 31)).build();
    assertThat(lines(SimpleSearchForm.encode(onlyTo, true, 10)))
        .contains("fromDate0=01-01-1900", "toDate0=12-31-2010");
    SimpleSearch onlyFrom = SimpleSearch.builder().fromDate(LocalDate.of(2020, 1, 2)).clock(MARCH_15).build();
    assertThat(lines(SimpleSearchForm.encode(onlyFrom, true, 10)))
        .contains("fromDate0=01-02-2020", "toDate0=03-15-2024");
  }

  @Test
  void emptySearchSendsOnlyPagingSortAndTool() {
    Params p = SimpleSearchForm.encode(SimpleSearch.all(), true, SimpleSearchForm.MANIFEST_SIZE);
    assertThat(lines(p)).containsExactly("sortField=subject", "sortDirection=ascending", "start=0",
        "size=1000000", "tool=tcia4j");
  }

  @Test
  void leavesOutMinStudiesZeroAndModalityAndedFalse() {
    SimpleSearch s = SimpleSearch.builder().modalities("CT").build();
    assertThat(SimpleSearchForm.encode(s, true, 10).entries()).extracting(Map.Entry::getValue)
        .doesNotContain("MinNumberOfStudiesCriteria", "ModalityAndedSearchCriteria");
  }

  @Test
  void encodesSpacesAndSpecialCharactersInTheBody() {
    SimpleSearch s = SimpleSearch.builder().collections("NSCLC Radiogenomics", "A&B+C").build();
    String body = SimpleSearchForm.encode(s, true, 10).encode();
    assertThat(body).contains("value0=NSCLC%20Radiogenomics", "value1=A%26B%2BC");
  }
}
