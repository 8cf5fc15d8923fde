package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoiNamesTest {

  @Test
  void everyAcceptedFormBecomesTheHttpsUrl() {
    String expected = "https://doi.org/10.7937/K9/TCIA.2015.7GO2GSKS";
    for (String form : List.of("10.7937/K9/TCIA.2015.7GO2GSKS", "doi:10.7937/K9/TCIA.2015.7GO2GSKS",
        "DOI: 10.7937/K9/TCIA.2015.7GO2GSKS", "https://doi.org/10.7937/K9/TCIA.2015.7GO2GSKS",
        "http://doi.org/10.7937/K9/TCIA.2015.7GO2GSKS", "http://dx.doi.org/10.7937/K9/TCIA.2015.7GO2GSKS",
        "https://dx.doi.org/10.7937/K9/TCIA.2015.7GO2GSKS", "doi.org/10.7937/K9/TCIA.2015.7GO2GSKS",
        "  10.7937/K9/TCIA.2015.7GO2GSKS ")) {
      assertThat(DoiNames.toUrl(form)).as(form).isEqualTo(expected);
    }
  }

  @Test
  void caseOfTheDoiIsKept() {
    assertThat(DoiNames.toUrl("10.7937/tcia.eshq-4d90")).isEqualTo("https://doi.org/10.7937/tcia.eshq-4d90");
  }

  @Test
  void nonDoisAreRejected() {
    for (String bad : List.of("TCIA.2015.7GO2GSKS", "https://example.org/10.7937/x", "10.7937", "11.7937/x",
        "10.7937/ has space")) {
      assertThatThrownBy(() -> DoiNames.toUrl(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a DOI").hasMessageContaining("10.7937/");
    }
    assertThatThrownBy(() -> DoiNames.toUrl(" ")).hasMessageContaining("getDoiMetadata needs doi");
  }
}
