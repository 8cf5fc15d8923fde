package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.common.RetryPolicy;
import io.github.tcia4j.nbia.ApiVersion;
import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.SeriesQuery;
import io.github.tcia4j.nbia.model.Series;
import io.github.tcia4j.nbia.model.SeriesMetadata;
import io.github.tcia4j.testkit.ColumnEra;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every historical column set the sandbox can serve (nbia-api.md sections 3.3 and 4.3) reads into
 * the same records: spaced and renamed columns through their aliases, nothing lost.
 */
class SandboxColumnErasTest {
  /** The eras whose getSeriesMetadata header still had {@code Patient Birth Date}, which has no v4 column. */
  private static final Set<ColumnEra> WITH_BIRTH_DATE =
      EnumSet.of(ColumnEra.V4_2025_05_22, ColumnEra.V4_2025_05_23, ColumnEra.LEGACY_2022);

  @ParameterizedTest
  @EnumSource(ColumnEra.class)
  void seriesAndMetadataOfEveryEra(ColumnEra era) {
    try (TciaSandbox s = TciaSandbox.builder().columnEra(era).start();
        NbiaClient v4 = NbiaClient.builder().baseUrl(s.nbiaUrl()).configure(c -> c.retryPolicy(RetryPolicy.none())).build();
        NbiaClient v1 = NbiaClient.builder().baseUrl(s.nbiaUrl()).apiVersion(ApiVersion.V1).build()) {
      Truth truth = new Truth(s.dataset(Host.NBIA));
      List<Series> series = v4.getSeries(SeriesQuery.collection("SBX-Breast-MR"));
      List<Series> legacy = v1.getSeries(SeriesQuery.collection("SBX-Breast-MR"));
      List<SeriesMetadata> metadata = v4.getSeriesList(series.stream().map(Series::seriesInstanceUid).toList());

      assertThat(series).hasSize(truth.seriesOf("SBX-Breast-MR").size()).allSatisfy(x -> {
        assertThat(x.extra()).as(era + " getSeries").isEmpty();
        assertThat(x.maxSubmissionTimestamp()).as(era + " TimeStamp/MaxSubmissionTimestamp").isNotNull();
        assertThat(x.dataDescriptionUri()).as(era + " CollectionURI/DataDescriptionURI").startsWith("https://doi.org/");
      });
      assertThat(legacy).hasSameSizeAs(series).allSatisfy(x -> assertThat(x.extra()).as(era + " v1").isEmpty());
      assertThat(metadata).hasSameSizeAs(series).allSatisfy(m -> {
        assertThat(m.seriesInstanceUid()).isNotNull();
        assertThat(m.patientId()).isNotNull();
        assertThat(m.studyInstanceUid()).isNotNull();
        assertThat(m.collection()).as(era + " Project/Collection").isEqualTo("SBX-Breast-MR");
        assertThat(m.imageCount()).isPositive();
        assertThat(m.fileSize()).isPositive();
        assertThat(m.dataDescriptionUri()).as(era + " metadata DOI").startsWith("https://doi.org/");
        if (WITH_BIRTH_DATE.contains(era)) {
          assertThat(m.extra()).as(era + " metadata").containsOnlyKeys("Patient Birth Date");
        } else {
          assertThat(m.extra()).as(era + " metadata").isEmpty();
        }
      });
    }
  }
}
