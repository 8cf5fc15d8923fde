package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.json.JsonCodec;
import io.github.tcia4j.nbia.model.DicomTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegReferencesTest {

  private static DicomTag tag(String element, String name, String data) {
    return new DicomTag(element, name, data);
  }

  /** The rows getDicomTags gives for an RTSTRUCT referring to the given series (one ROI frame per series). */
  static List<DicomTag> rtstruct(String... referenced) {
    List<DicomTag> rows = new ArrayList<>(List.of(
        tag("(0002,0010)", "Transfer Syntax UID", "1.2.840.10008.1.2.1"),
        tag("(0008,0060)", "Modality", "RTSTRUCT"),
        tag("(3006,0010)", "Referenced Frame of Reference Sequence", null),
        tag(">(0020,0052)", "Frame of Reference UID", "1.2.3"),
        tag(">(3006,0012)", "RT Referenced Study Sequence", null),
        tag(">>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.3.1.2.3.1"),
        tag(">>(0008,1155)", "Referenced SOP Instance UID", "1.2.3.4")));
    for (String uid : referenced) {
      rows.add(tag(">>(3006,0014)", "RT Referenced Series Sequence", null));
      rows.add(tag(">>>(0020,000E)", "Series Instance UID", uid));
      rows.add(tag(">>>(3006,0016)", "Contour Image Sequence", null));
      rows.add(tag(">>>>(0008,1155)", "Referenced SOP Instance UID", uid + ".1"));
      rows.add(tag(">>>(3006,0016)", "End Contour Image Sequence", null));
      rows.add(tag(">>(3006,0014)", "End RT Referenced Series Sequence", null));
    }
    rows.add(tag(">(3006,0012)", "End RT Referenced Study Sequence", null));
    rows.add(tag("(3006,0010)", "End Referenced Frame of Reference Sequence", null));
    rows.add(tag("(3006,0020)", "Structure Set ROI Sequence", null));
    return rows;
  }

  /** The rows getDicomTags gives for a SEG referring to the given series. */
  static List<DicomTag> seg(String... referenced) {
    List<DicomTag> rows = new ArrayList<>(List.of(
        tag("(0008,0016)", "SOP Class UID", "1.2.840.10008.5.1.4.1.1.66.4"),
        tag("(0008,0060)", "Modality", "SEG"),
        tag("(0008,1115)", "Referenced Series Sequence", null)));
    for (String uid : referenced) {
      rows.add(tag(">(0008,114A)", "Referenced Instance Sequence", null));
      rows.add(tag(">>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.5.1.4.1.1.2"));
      rows.add(tag(">>(0008,1155)", "Referenced SOP Instance UID", uid + ".7"));
      rows.add(tag(">(0008,114A)", "End Referenced Instance Sequence", null));
      rows.add(tag(">(0020,000E)", "Series Instance UID", uid));
    }
    rows.add(tag("(0008,1115)", "End Referenced Series Sequence", null));
    rows.add(tag("(0020,000E)", "Series Instance UID", "9.9.9"));
    return rows;
  }

  @Test
  void rtstructReferencesEverySeriesInOrderWithoutDuplicates() {
    assertThat(SegReferences.referencedSeries(rtstruct("1.1", "2.2", "1.1"))).containsExactly("1.1", "2.2");
  }

  @Test
  void segReferencesItsSourceSeriesNotItsOwnUid() {
    assertThat(SegReferences.referencedSeries(seg("3.3"))).containsExactly("3.3");
    assertThat(SegReferences.referencedSeries(seg("3.3", "4.4"))).containsExactly("3.3", "4.4");
  }

  @Test
  void otherModalitiesMissingModalityAndNoTagsGiveNothing() {
    List<DicomTag> ct = new ArrayList<>(rtstruct("1.1"));
    ct.set(1, tag("(0008,0060)", "Modality", "CT"));
    assertThat(SegReferences.referencedSeries(ct)).isEmpty();
    List<DicomTag> noModality = new ArrayList<>(seg("3.3"));
    noModality.remove(1);
    assertThat(SegReferences.referencedSeries(noModality)).isEmpty();
    assertThat(SegReferences.referencedSeries(List.of())).isEmpty();
  }

  @Test
  void theFollowingRowMustComeImmediatelyAfter() {
    List<DicomTag> rows = new ArrayList<>(rtstruct("1.1"));
    int marker = rows.indexOf(tag(">>(3006,0014)", "RT Referenced Series Sequence", null));
    rows.add(marker + 1, tag(">>>(0008,1150)", "Referenced SOP Class UID", "x"));
    assertThat(SegReferences.referencedSeries(rows)).isEmpty();
  }

  @Test
  void hexCaseAndModalityCaseDoNotMatter() {
    List<DicomTag> rows = List.of(tag("(0008,0060)", "Modality", "seg"), tag(">(0008,114a)", "End", null),
        tag(">(0020,000e)", "Series Instance UID", "5.5"));
    assertThat(SegReferences.referencedSeries(rows)).containsExactly("5.5");
  }

  @Test
  void expectedPairsFromTheNotebooks() throws IOException {
    String dir = System.getProperty("tcia4j.shared.dir");
    assumeTrue(dir != null, "tcia4j.shared.dir is not set");
    Path nbia = Path.of(dir, "fixtures", "notebooks", "nbia");
    int checked = 0;
    for (String name : List.of("getSegRefSeries_expected_Soft-tissue-Sarcoma.json",
        "getSegRefSeries_expected_from_download_paths.json")) {
      Path file = nbia.resolve(name);
      assumeTrue(Files.isRegularFile(file), "fixture missing: " + file);
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = JsonCodec.standard().readObject(Files.readString(file), Map.class);
      for (Map.Entry<String, Object> e : expected.entrySet()) {
        if (!(e.getValue() instanceof Map<?, ?> pair)) {
          continue;
        }
        String modality = (String) pair.get("Modality");
        String referenced = (String) pair.get("ReferencedSeriesInstanceUID");
        List<DicomTag> rows = "SEG".equals(modality) ? seg(referenced) : rtstruct(referenced);
        assertThat(Args.uid(e.getKey(), "seg")).isEqualTo(e.getKey());
        assertThat(SegReferences.referencedSeries(rows)).as(e.getKey()).containsExactly(referenced);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(5);
  }
}
