package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleSearchTest {
  private static final Clock MARCH_15 = Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void defaultsAreThoseOfTciaUtils() {
    SimpleSearch s = SimpleSearch.all();
    assertThat(s.start()).isZero();
    assertThat(s.size()).isEqualTo(10);
    assertThat(s.sortField()).isEqualTo(SortField.SUBJECT);
    assertThat(s.sortDirection()).isEqualTo(SortDirection.ASCENDING);
    assertThat(s.collections()).isEmpty();
    assertThat(s.hasDateRange()).isFalse();
    assertThat(s.effectiveFromDate()).isEmpty();
    assertThat(s.minStudies()).isZero();
    assertThat(s.modalitiesAll()).isFalse();
  }

  @Test
  void builderKeepsEveryCriterionInOrderAndTrimsValues() {
    SimpleSearch s = SimpleSearch.builder()
        .collections(" TCGA-LUAD ", "TCGA-LUSC").collections(List.of("4D-Lung"))
        .species("Human").species(Species.MOUSE)
        .modalities("CT").modalitiesAll(true)
        .bodyParts("CHEST").manufacturers("SIEMENS").patients("P1", "P2")
        .minStudies(2).sort(SortField.TOTAL_NUMBER_OF_SERIES, SortDirection.DESCENDING)
        .start(20).size(5).build();
    assertThat(s.collections()).containsExactly("TCGA-LUAD", "TCGA-LUSC", "4D-Lung");
    assertThat(s.species()).containsExactly(Species.HUMAN, Species.MOUSE);
    assertThat(s.modalities()).containsExactly("CT");
    assertThat(s.modalitiesAll()).isTrue();
    assertThat(s.bodyParts()).containsExactly("CHEST");
    assertThat(s.manufacturers()).containsExactly("SIEMENS");
    assertThat(s.patients()).containsExactly("P1", "P2");
    assertThat(s.minStudies()).isEqualTo(2);
    assertThat(s.start()).isEqualTo(20);
    assertThat(s.size()).isEqualTo(5);
    assertThat(s.toString()).contains("TCGA-LUAD", "totalNumberOfSeries-descending", "start=20");
  }

  @Test
  void withersAndToBuilderCopyWithoutChangingTheOriginal() {
    SimpleSearch s = SimpleSearch.builder().collections("A").build();
    SimpleSearch page = s.withStart(30).withSize(15).withSort(SortField.COLLECTION, SortDirection.DESCENDING);
    assertThat(s.start()).isZero();
    assertThat(page.start()).isEqualTo(30);
    assertThat(page.size()).isEqualTo(15);
    assertThat(page.collections()).containsExactly("A");
    assertThat(page.sortField()).isEqualTo(SortField.COLLECTION);
    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(page).isNotEqualTo(s);
  }

  @Test
  void onlyToDateStartsIn1900AndOnlyFromDateEndsToday() {
    SimpleSearch onlyTo = SimpleSearch.builder().toDate(LocalDate.of(2010, 5, 1)).clock(MARCH_15).build();
    assertThat(onlyTo.effectiveFromDate()).contains(LocalDate.of(1900, 1, 1));
    assertThat(onlyTo.effectiveToDate()).contains(LocalDate.of(2010, 5, 1));
    SimpleSearch onlyFrom = SimpleSearch.builder().fromDate("2020/01/31").clock(MARCH_15).build();
    assertThat(onlyFrom.effectiveFromDate()).contains(LocalDate.of(2020, 1, 31));
    assertThat(onlyFrom.effectiveToDate()).contains(LocalDate.of(2024, 3, 15));
    assertThat(onlyFrom.fromDate()).contains(LocalDate.of(2020, 1, 31));
    assertThat(onlyFrom.toDate()).isEmpty();
    SimpleSearch both = SimpleSearch.builder().dateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1)).build();
    assertThat(both.effectiveToDate()).contains(LocalDate.of(2000, 1, 1));
  }

  @Test
  void rejectsFromAfterTo() {
    assertThatThrownBy(() -> SimpleSearch.builder().fromDate("2021-01-02").toDate("2021-01-01").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromDate 2021-01-02 is after toDate 2021-01-01");
    assertThatThrownBy(() -> SimpleSearch.builder().fromDate(LocalDate.of(2030, 1, 1)).clock(MARCH_15).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after today (2024-03-15)");
  }

  @Test
  void rejectsMalformedDatesNamingTheParameter() {
    assertThatThrownBy(() -> SimpleSearch.builder().fromDate("31.01.2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromDate").hasMessageContaining("YYYY/MM/DD");
    assertThatThrownBy(() -> SimpleSearch.builder().toDate(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toDate");
  }

  @Test
  void rejectsBadPagingAndCounts() {
    assertThatThrownBy(() -> SimpleSearch.builder().start(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be 0 or more");
    assertThatThrownBy(() -> SimpleSearch.builder().size(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size must be at least 1");
    assertThatThrownBy(() -> SimpleSearch.all().withSize(-5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -5");
    assertThatThrownBy(() -> SimpleSearch.builder().minStudies(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minStudies");
  }

  @Test
  void rejectsBlankAndNullValuesNamingTheCriterion() {
    assertThatThrownBy(() -> SimpleSearch.builder().collections("A", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collections[1] is blank");
    assertThatThrownBy(() -> SimpleSearch.builder().modalities(Arrays.asList("CT", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("modalities[1] is null");
    assertThatThrownBy(() -> SimpleSearch.builder().patients((String[]) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("patients");
    assertThatThrownBy(() -> SimpleSearch.builder().species((Species) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("species");
    assertThatThrownBy(() -> SimpleSearch.builder().sort(null, SortDirection.ASCENDING))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sortField");
  }

  @Test
  void speciesNamesAreCaseInsensitiveUnlikePython() {
    assertThat(Species.parse("Human")).isEqualTo(Species.HUMAN);
    assertThat(Species.parse("MOUSE")).isEqualTo(Species.MOUSE);
    assertThat(Species.parse(" dog ")).isEqualTo(Species.DOG);
    assertThat(Species.parse("448771007")).isEqualTo(Species.DOG);
    assertThat(Species.parse("homo sapiens")).isEqualTo(Species.HUMAN);
    assertThat(Species.HUMAN.code()).isEqualTo("337915000");
    assertThat(Species.MOUSE.code()).isEqualTo("447612001");
    assertThat(Species.DOG.code()).isEqualTo("448771007");
    assertThatThrownBy(() -> Species.parse("cat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown species 'cat'").hasMessageContaining("human (337915000)");
    assertThatThrownBy(() -> SimpleSearch.builder().species("Human", "rat"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rat'");
  }

  @Test
  void sortFieldsHaveTheSixServerValues() {
    assertThat(Arrays.stream(SortField.values()).map(SortField::wireValue))
        .containsExactly("subject", "collection", "study", "series", "totalNumberOfSeries", "totalNumberOfStudies");
    assertThat(SortField.parse("TOTALNUMBEROFSTUDIES")).isEqualTo(SortField.TOTAL_NUMBER_OF_STUDIES);
    assertThat(SortField.parse("total_number_of_series")).isEqualTo(SortField.TOTAL_NUMBER_OF_SERIES);
    assertThatThrownBy(() -> SortField.parse("studies"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use 'study'");
    assertThat(SortDirection.parse("DESC")).isEqualTo(SortDirection.DESCENDING);
    assertThat(SortDirection.parse("ascending")).isEqualTo(SortDirection.ASCENDING);
    assertThatThrownBy(() -> SortDirection.parse("up"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending or descending");
  }
}
