package io.github.tcia4j.nbia.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.nbia.NbiaClient;
import io.github.tcia4j.nbia.internal.SegReferences;
import io.github.tcia4j.nbia.model.DicomTag;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.TciaSandboxExtension;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.data.SeriesReference;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * getSegRefSeries on the sandbox's SEG and RTSTRUCT series: the tag rows the sandbox's synthetic
 * DICOM files carry, and (once the sandbox serves getDicomTags) the whole call over HTTP.
 */
class SandboxSegReferencesTest {
  @RegisterExtension
  static final TciaSandboxExtension SANDBOX = TciaSandboxExtension.withDefaults();

  private static List<Series> referring(Dataset data) {
    return data.series().stream().filter(s -> s.visible() && !s.references().isEmpty()
        && (s.modality().equals("SEG") || s.modality().equals("RTSTRUCT"))
        && !data.collection(s.collection()).orElseThrow().restricted()).toList();
  }

  private static List<DicomTag> tagsOfFirstImage(Dataset data, Series s) {
    return SyntheticDicom.tagRows(InstanceSpecs.of(data, s, data.instances(s.seriesInstanceUid()).get(0))).stream()
        .map(t -> new DicomTag(t.element(), t.name(), t.data())).toList();
  }

  @Test
  void theSyntheticFilesOfEverySegAndRtstructNameTheirReferencedSeries() {
    Dataset data = SANDBOX.sandbox().dataset(Host.NBIA);
    List<Series> referring = referring(data);
    assertThat(referring).extracting(Series::modality).contains("SEG", "RTSTRUCT");

    for (Series s : referring) {
      List<String> expected = s.references().stream().map(SeriesReference::seriesInstanceUid).distinct().toList();
      assertThat(SegReferences.referencedSeries(tagsOfFirstImage(data, s))).as(s.modality() + " " + s.seriesInstanceUid())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void ctSeriesReferToNothing() {
    Dataset data = SANDBOX.sandbox().dataset(Host.NBIA);
    Series ct = data.series().stream().filter(s -> s.modality().equals("CT") && s.visible()).findFirst().orElseThrow();

    assertThat(SegReferences.referencedSeries(tagsOfFirstImage(data, ct))).isEmpty();
  }

  @Test
  void overHttpWhenTheSandboxServesDicomTags() throws IOException, InterruptedException {
    TciaSandbox s = SANDBOX.sandbox();
    Dataset data = s.dataset(Host.NBIA);
    Series seg = referring(data).get(0);
    HttpResponse<Void> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.nbiaUrl()
        + "/nbia-api/services/v4/getDicomTags?SeriesUID=" + seg.seriesInstanceUid()))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
    assumeTrue(probe.statusCode() != 404, "the sandbox does not serve getDicomTags yet");

    try (NbiaClient nbia = NbiaClient.connect(s.nbiaUrl())) {
      for (Series r : referring(data)) {
        assertThat(nbia.getSegRefSeries(r.seriesInstanceUid())).as(r.seriesInstanceUid()).containsExactlyElementsOf(
            r.references().stream().map(SeriesReference::seriesInstanceUid).distinct().toList());
        assertThat(nbia.getDicomTags(r.seriesInstanceUid())).isEqualTo(tagsOfFirstImage(data, r));
      }
    }
  }

  @Test
  void anUnknownOrRestrictedSeriesHasNoTagsAndNoReferences() {
    TciaSandbox s = SANDBOX.sandbox();
    Dataset data = s.dataset(Host.NBIA);
    Series restricted = data.series().stream()
        .filter(x -> x.visible() && data.collection(x.collection()).orElseThrow().restricted()).findFirst().orElseThrow();

    try (NbiaClient guest = NbiaClient.connect(s.nbiaUrl())) {
      for (String uid : List.of("1.2.3", restricted.seriesInstanceUid())) {
        assertThat(guest.getDicomTags(uid)).as(uid).isEmpty();
        assertThat(guest.getSegRefSeries(uid)).as(uid).isEmpty();
      }
      assertThat(guest.getSeriesSize("1.2.3")).isEmpty();
      assertThat(guest.getSopInstanceUids("1.2.3")).isEmpty();
    }
  }
}
