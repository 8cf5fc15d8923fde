package io.github.tcia4j.nbia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QcCriterionTest {

  @Test
  void usesTheDefaultInputTypesOfTciaUtils() {
    assertThat(QcCriterion.of("collection", "A").inputType()).isEqualTo("list");
    assertThat(QcCriterion.of("patientID", "P1,P2").inputType()).isEqualTo("commaSeperatedList");
    assertThat(QcCriterion.of("seriesDesc", "T1").inputType()).isEqualTo("contains");
    assertThat(QcCriterion.of("submissiondate", "12/2/2020").inputType()).isEqualTo("dateRange");
    assertThat(QcCriterion.of("somethingElse", "x").inputType()).isEqualTo("text");
    assertThat(QcCriterion.of("modality", "CT", "startsWith").inputType()).isEqualTo("startsWith");
  }

  @Test
  void buildsDateRangesAndValueLists() {
    assertThat(QcCriterion.dateRange("submissiondate", LocalDate.of(2020, 12, 2), LocalDate.of(2020, 12, 12)))
        .containsExactly(new QcCriterion("submissiondate", "dateRange", "12/02/2020"),
            new QcCriterion("submissiondate", "dateRange", "12/12/2020"));
    assertThat(QcCriterion.each("modality", "CT", "MR")).extracting(QcCriterion::value).containsExactly("CT", "MR");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> QcCriterion.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criteria is blank");
    assertThatThrownBy(() -> QcCriterion.of("collection", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> QcCriterion.each("modality"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> QcCriterion.dateRange("studyDate", LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("swap");
  }
}
