package io.github.tcia4j.nbia.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.model.DicomTag;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A getDicomTags dump of a real-looking structure set, written out row by row (modelled on the
   * Soft-tissue-Sarcoma STS_001 RTstruct_T1 series): the own series UID, the study UID and the
   * contour image UIDs must not be taken for the referenced series.
   */
  @Test
  void aHandWrittenRtstructDumpNamesItsReferencedSeries() {
    List<DicomTag> rows = List.of(
        tag("(0002,0010)", "Transfer Syntax UID", "1.2.840.10008.1.2"),
        tag("(0008,0016)", "SOP Class UID", "1.2.840.10008.5.1.4.1.1.481.3"),
        tag("(0008,0060)", "Modality", "RTSTRUCT"),
        tag("(0020,000D)", "Study Instance UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.288970202012734437880691548623"),
        tag("(0020,000E)", "Series Instance UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.169505605471360697610771464320"),
        tag("(3006,0002)", "Structure Set Label", "RTstruct_T1"),
        tag("(3006,0010)", "Referenced Frame of Reference Sequence", null),
        tag(">(0020,0052)", "Frame of Reference UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.100000000000000000000000000001"),
        tag(">(3006,0012)", "RT Referenced Study Sequence", null),
        tag(">>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.3.1.2.3.1"),
        tag(">>(0008,1155)", "Referenced SOP Instance UID",
            "1.3.6.1.4.1.14519.5.2.1.5168.1900.288970202012734437880691548623"),
        tag(">>(3006,0014)", "RT Referenced Series Sequence", null),
        tag(">>>(0020,000E)", "Series Instance UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.236909650266075940866375712555"),
        tag(">>>(3006,0016)", "Contour Image Sequence", null),
        tag(">>>>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.5.1.4.1.1.4"),
        tag(">>>>(0008,1155)", "Referenced SOP Instance UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.200000000000000000000000000011"),
        tag(">>>>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.5.1.4.1.1.4"),
        tag(">>>>(0008,1155)", "Referenced SOP Instance UID", "1.3.6.1.4.1.14519.5.2.1.5168.1900.200000000000000000000000000012"),
        tag(">>>(3006,0016)", "End Contour Image Sequence", null),
        tag(">>(3006,0014)", "End RT Referenced Series Sequence", null),
        tag(">(3006,0012)", "End RT Referenced Study Sequence", null),
        tag("(3006,0010)", "End Referenced Frame of Reference Sequence", null),
        tag("(3006,0020)", "Structure Set ROI Sequence", null),
        tag(">(3006,0022)", "ROI Number", "1"),
        tag(">(3006,0024)", "Referenced Frame of Reference UID",
            "1.3.6.1.4.1.14519.5.2.1.5168.1900.100000000000000000000000000001"),
        tag(">(3006,0026)", "ROI Name", "Tumor"),
        tag("(3006,0020)", "End Structure Set ROI Sequence", null));

    assertThat(SegReferences.referencedSeries(rows))
        .containsExactly("1.3.6.1.4.1.14519.5.2.1.5168.1900.236909650266075940866375712555");
  }

  /**
   * A structure set drawn on two series (tcia_utils raises on this): both, in order, each once,
   * although the first is listed in two frames of reference.
   */
  @Test
  void aHandWrittenRtstructOnTwoSeriesNamesBoth() {
    List<DicomTag> rows = List.of(
        tag("(0008,0060)", "Modality", "RTSTRUCT"),
        tag("(3006,0010)", "Referenced Frame of Reference Sequence", null),
        tag(">(3006,0012)", "RT Referenced Study Sequence", null),
        tag(">>(3006,0014)", "RT Referenced Series Sequence", null),
        tag(">>>(0020,000E)", "Series Instance UID", "2.25.1001"),
        tag(">>(3006,0014)", "End RT Referenced Series Sequence", null),
        tag(">>(3006,0014)", "RT Referenced Series Sequence", null),
        tag(">>>(0020,000E)", "Series Instance UID", "2.25.2002"),
        tag(">>(3006,0014)", "End RT Referenced Series Sequence", null),
        tag(">(3006,0012)", "End RT Referenced Study Sequence", null),
        tag(">(3006,0012)", "RT Referenced Study Sequence", null),
        tag(">>(3006,0014)", "RT Referenced Series Sequence", null),
        tag(">>>(0020,000E)", "Series Instance UID", "2.25.1001"),
        tag(">>(3006,0014)", "End RT Referenced Series Sequence", null),
        tag(">(3006,0012)", "End RT Referenced Study Sequence", null),
        tag("(3006,0010)", "End Referenced Frame of Reference Sequence", null),
        tag("(0020,000E)", "Series Instance UID", "2.25.3003"));

    assertThat(SegReferences.referencedSeries(rows)).containsExactly("2.25.1001", "2.25.2002");
  }

  /**
   * A getDicomTags dump of a real-looking segmentation, written out row by row (modelled on the
   * C4KC-KiTS SEG of the TCIA_Segmentations notebook): the source series is the one after the end
   * of the Referenced Instance Sequence, not the SEG's own UID nor a Source Image Sequence entry.
   */
  @Test
  void aHandWrittenSegDumpNamesItsSourceSeries() {
    List<DicomTag> rows = List.of(
        tag("(0008,0016)", "SOP Class UID", "1.2.840.10008.5.1.4.1.1.66.4"),
        tag("(0008,0060)", "Modality", "SEG"),
        tag("(0008,1115)", "Referenced Series Sequence", null),
        tag(">(0008,114A)", "Referenced Instance Sequence", null),
        tag(">>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.5.1.4.1.1.2"),
        tag(">>(0008,1155)", "Referenced SOP Instance UID", "1.3.6.1.4.1.14519.5.2.1.6919.4624.300000000000000000000000000001"),
        tag(">>(0008,1150)", "Referenced SOP Class UID", "1.2.840.10008.5.1.4.1.1.2"),
        tag(">>(0008,1155)", "Referenced SOP Instance UID", "1.3.6.1.4.1.14519.5.2.1.6919.4624.300000000000000000000000000002"),
        tag(">(0008,114A)", "End Referenced Instance Sequence", null),
        tag(">(0020,000E)", "Series Instance UID", "1.3.6.1.4.1.14519.5.2.1.6919.4624.113493579075669637574394466994"),
        tag("(0008,1115)", "End Referenced Series Sequence", null),
        tag("(0020,000D)", "Study Instance UID", "1.3.6.1.4.1.14519.5.2.1.6919.4624.135173370342136417423953641748"),
        tag("(0020,000E)", "Series Instance UID", "1.2.276.0.7230010.3.1.3.0.74366.1588583084.764537"),
        tag("(5200,9229)", "Shared Functional Groups Sequence", null),
        tag(">(0008,9124)", "Derivation Image Sequence", null),
        tag(">>(0008,2112)", "Source Image Sequence", null),
        tag(">>>(0008,1155)", "Referenced SOP Instance UID", "1.3.6.1.4.1.14519.5.2.1.6919.4624.300000000000000000000000000001"),
        tag(">>(0008,2112)", "End Source Image Sequence", null),
        tag(">(0008,9124)", "End Derivation Image Sequence", null),
        tag("(5200,9229)", "End Shared Functional Groups Sequence", null),
        tag("(7FE0,0010)", "Pixel Data", "..."));

    assertThat(SegReferences.referencedSeries(rows))
        .containsExactly("1.3.6.1.4.1.14519.5.2.1.6919.4624.113493579075669637574394466994");
  }
}
