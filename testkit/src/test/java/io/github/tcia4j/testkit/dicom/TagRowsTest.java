package io.github.tcia4j.testkit.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagRowsTest {

    @Test
    void rowsAgreeWithTheWrittenFileForManySpecs() {
        Random random = new Random(7);
        List<InstanceSpec> specs = new ArrayList<>(List.of(TestSpecs.ct(), TestSpecs.seg(), TestSpecs.rtstruct()));
        for (int i = 0; i < 100; i++) {
            specs.add(TestSpecs.random(random));
        }
        for (InstanceSpec spec : specs) {
            List<Part10Reader.Row> read = Part10Reader.rows(Part10Reader.parse(SyntheticDicom.toBytes(spec)));
            List<Part10Reader.Row> listed = SyntheticDicom.tagRows(spec).stream()
                    .map(row -> new Part10Reader.Row(row.element(), row.data())).toList();
            assertThat(listed).as("rows of %s", spec.modality()).isEqualTo(read);
        }
    }

    @Test
    void fileMetaComesFirstThenAscendingTopLevelTags() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.ct());

        assertThat(rows.subList(0, 7)).extracting(TagRow::element).containsExactly(
                "(0002,0000)", "(0002,0001)", "(0002,0002)", "(0002,0003)", "(0002,0010)", "(0002,0012)", "(0002,0013)");
        assertThat(rows.get(7).element()).isEqualTo("(0008,0005)");
        List<String> topLevel = rows.stream().map(TagRow::element).filter(e -> !e.startsWith(">")).distinct().toList();
        assertThat(topLevel).isSortedAccordingTo(String::compareTo);
        assertThat(rows).allSatisfy(row -> assertThat(row.element()).matches(">*\\([0-9A-F]{4},[0-9A-F]{4}\\)"));
    }

    @Test
    void namesComeFromTheDicomDictionary() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.seg());

        assertThat(row(rows, "(0008,0060)").name()).isEqualTo("Modality");
        assertThat(row(rows, "(0008,0018)").name()).isEqualTo("SOP Instance UID");
        assertThat(row(rows, "(0020,000E)").name()).isEqualTo("Series Instance UID");
        assertThat(row(rows, "(0010,0010)").name()).isEqualTo("Patient's Name");
        assertThat(row(rows, "(0002,0010)").name()).isEqualTo("Transfer Syntax UID");
        assertThat(row(rows, ">(0008,114A)").name()).isEqualTo("Referenced Instance Sequence");
        assertThat(row(rows, "(0008,1115)").name()).isEqualTo("Referenced Series Sequence");
        assertThat(row(rows, "(7FE0,0010)").name()).isEqualTo("Pixel Data");
        assertThat(rows).allSatisfy(row -> assertThat(row.name()).isNotBlank());
    }

    @Test
    void valuesAreTextWithBackslashesAndBinaryIsNullOrEllipsis() {
        InstanceSpec spec = TestSpecs.full("CT").softwareVersions("1.0\\2.1").build();
        List<TagRow> rows = SyntheticDicom.tagRows(spec);

        assertThat(row(rows, "(0018,1020)").data()).isEqualTo("1.0\\2.1");
        assertThat(row(rows, "(0028,0030)").data()).isEqualTo("0.703125\\0.8");
        assertThat(row(rows, "(0028,0010)").data()).isEqualTo("64");
        assertThat(row(rows, "(0008,0018)").data()).isEqualTo(spec.sopInstanceUid());
        assertThat(row(rows, "(0002,0001)").data()).isNull();
        assertThat(row(rows, "(7FE0,0010)").data()).isEqualTo("...");
        assertThat(row(rows, "(0008,0090)").data()).isEmpty();
    }

    @Test
    void sequencesOpenAndCloseWithNestedLevels() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.rtstruct());
        Deque<TagRow> open = new ArrayDeque<>();
        int maxDepth = 0;
        Set<String> closed = new HashSet<>();
        for (TagRow row : rows) {
            if (row.name().startsWith("End ")) {
                closed.add(row.element() + " " + row.name().substring(4));
            }
        }
        for (TagRow row : rows) {
            int depth = depth(row.element());
            if (row.name().startsWith("End ")) {
                // closes the innermost open sequence, at that sequence's own level
                TagRow opener = open.pop();
                assertThat(depth).as(row.element()).isEqualTo(open.size());
                assertThat(row.element()).isEqualTo(opener.element());
                assertThat(row.name()).isEqualTo("End " + opener.name());
                assertThat(row.data()).isNull();
                continue;
            }
            assertThat(depth).as(row.element()).isEqualTo(open.size());
            if (closed.contains(row.element() + " " + row.name())) {
                assertThat(row.data()).isNull();
                open.push(row);
            }
            maxDepth = Math.max(maxDepth, depth);
        }
        assertThat(open).isEmpty();
        assertThat(maxDepth).isEqualTo(4);
        assertThat(rows).extracting(TagRow::element).doesNotContain("(FFFE,E000)", "(FFFE,E00D)", "(FFFE,E0DD)");
    }

    @Test
    void segmentationShowsTheGetSegRefSeriesPattern() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.seg());

        assertThat(row(rows, "(0008,0060)").data()).isEqualTo("SEG");
        assertThat(segRefSeries(rows, ">(0008,114A)", ">(0020,000E)")).containsExactly(TestSpecs.REF_SERIES);
        int end = indexOf(rows, ">(0008,114A)", "End Referenced Instance Sequence");
        assertThat(rows.get(end + 1)).isEqualTo(new TagRow(">(0020,000E)", "Series Instance UID", TestSpecs.REF_SERIES));
        assertThat(rows).filteredOn(r -> r.element().equals(">>(0008,1155)")).hasSize(5);
    }

    @Test
    void structureSetShowsTheGetSegRefSeriesPattern() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.rtstruct());

        assertThat(row(rows, "(0008,0060)").data()).isEqualTo("RTSTRUCT");
        assertThat(segRefSeries(rows, ">>(3006,0014)", ">>>(0020,000E)")).containsExactly(TestSpecs.REF_SERIES);
        assertThat(rows).filteredOn(r -> r.element().equals(">>>>(0008,1155)")).hasSize(5);
        assertThat(row(rows, ">(3006,0026)").data()).isEqualTo(StructureSetModules.ROI_NAME);
        assertThat(rows).noneMatch(r -> r.element().equals("(7FE0,0010)"));
    }

    @Test
    void structureSetWithSeveralSeriesListsOneItemPerSeries() {
        InstanceSpec sameStudy = TestSpecs.full("RTSTRUCT").references(List.of(
                TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 2),
                TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.OTHER_SERIES, 3))).build();
        List<TagRow> rows = SyntheticDicom.tagRows(sameStudy);
        assertThat(rows).filteredOn(r -> r.element().equals(">>>(0020,000E)")).extracting(TagRow::data)
                .containsExactly(TestSpecs.REF_SERIES, TestSpecs.OTHER_SERIES);
        // one study: the pattern occurs once and names the first series
        assertThat(segRefSeries(rows, ">>(3006,0014)", ">>>(0020,000E)")).containsExactly(TestSpecs.REF_SERIES);

        InstanceSpec twoStudies = TestSpecs.full("RTSTRUCT").references(List.of(
                TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 2),
                TestSpecs.referenced(TestSpecs.OTHER_STUDY, TestSpecs.OTHER_SERIES, 3))).build();
        List<TagRow> twoStudyRows = SyntheticDicom.tagRows(twoStudies);
        assertThat(twoStudyRows).filteredOn(r -> r.element().equals(">>(0008,1155)")).extracting(TagRow::data)
                .containsExactly(TestSpecs.STUDY, TestSpecs.OTHER_STUDY);
        assertThat(segRefSeries(twoStudyRows, ">>(3006,0014)", ">>>(0020,000E)"))
                .containsExactly(TestSpecs.REF_SERIES, TestSpecs.OTHER_SERIES);
    }

    @Test
    void segmentationWithSeveralSeriesListsOneItemPerSeries() {
        InstanceSpec spec = TestSpecs.full("SEG").references(List.of(
                TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.REF_SERIES, 2),
                TestSpecs.referenced(TestSpecs.STUDY, TestSpecs.OTHER_SERIES, 1))).build();
        assertThat(segRefSeries(SyntheticDicom.tagRows(spec), ">(0008,114A)", ">(0020,000E)"))
                .containsExactly(TestSpecs.REF_SERIES, TestSpecs.OTHER_SERIES);
    }

    @Test
    void withoutReferencesThereIsNoPattern() {
        List<TagRow> seg = SyntheticDicom.tagRows(TestSpecs.full("SEG").build());
        List<TagRow> rt = SyntheticDicom.tagRows(TestSpecs.full("RTSTRUCT").build());

        assertThat(segRefSeries(seg, ">(0008,114A)", ">(0020,000E)")).isEmpty();
        assertThat(segRefSeries(rt, ">>(3006,0014)", ">>>(0020,000E)")).isEmpty();
        assertThat(seg).noneMatch(r -> r.element().equals("(0008,1115)"));
        assertThat(rt).noneMatch(r -> r.element().equals("(3006,0010)"));
    }

    @Test
    void rowsAreUnmodifiable() {
        List<TagRow> rows = SyntheticDicom.tagRows(TestSpecs.ct());
        assertThatThrownBy(() -> rows.add(rows.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** What tcia_utils.getSegRefSeries does: data of each row following a row {@code first} that is {@code second}. */
    private static List<String> segRefSeries(List<TagRow> rows, String first, String second) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            if (rows.get(i).element().equals(first) && rows.get(i + 1).element().equals(second)) {
                found.add(rows.get(i + 1).data());
            }
        }
        return found;
    }

    private static TagRow row(List<TagRow> rows, String element) {
        return rows.stream().filter(r -> r.element().equals(element)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + element));
    }

    private static int indexOf(List<TagRow> rows, String element, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).element().equals(element) && rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + element + " " + name);
    }

    private static int depth(String element) {
        int depth = 0;
        while (element.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }
}
