package io.github.tcia4j.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.TciaSandbox;
import io.github.tcia4j.testkit.dicom.InstanceSpec;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
  private static TciaSandbox sandbox;
  private static Dataset ds;

  @BeforeAll
  static void start() {
    sandbox = TciaSandbox.builder().clock(Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC)).start();
    ds = sandbox.dataset(Host.NBIA);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void syntheticNamesDoisAndLicences() {
    assertThat(ds.collections()).allSatisfy(c -> assertThat(c.name()).startsWith("SBX"));
    assertThat(ds.collections()).anySatisfy(c -> assertThat(c.name()).contains(" ").contains("+"));
    assertThat(ds.series()).allSatisfy(s -> assertThat(s.dataDescriptionUri().orElseThrow())
        .startsWith("https://doi.org/10.80000/SBX."));
    assertThat(ds.series().stream().map(s -> s.license().orElseThrow()).distinct())
        .containsExactlyInAnyOrder(License.CC_BY_3_0, License.CC_BY_4_0, License.CC_BY_NC_3_0,
            License.CC_BY_NC_4_0);
    assertThat(ds.series().stream().map(s -> s.thirdPartyAnalysis().orElse("")).distinct())
        .contains("NO", "YES", "yes", "");
    assertThat(ds.series().stream().map(Series::modality).distinct())
        .contains("CT", "MR", "PT", "SEG", "RTSTRUCT", "CR", "DX");
    assertThat(ds.collections().stream().filter(CollectionInfo::restricted).map(
        CollectionInfo::name)).containsExactly(TciaSandbox.RESTRICTED_COLLECTION);
    assertThat(ds.carts()).hasSize(2);
    assertThat(ds.speciesTable()).contains(Species.HUMAN, Species.MOUSE, Species.DOG);
  }

  @Test
  void releaseDatesSpreadOverYearsAndOneWaveIsRecent() {
    Set<Integer> years = ds.series().stream().map(s -> s.dateReleased().getYear())
        .collect(Collectors.toSet());
    assertThat(years).hasSizeGreaterThanOrEqualTo(6);
    assertThat(ds.series()).anySatisfy(s -> assertThat(s.dateReleased().toLocalDate())
        .isEqualTo(TODAY.minusDays(3)));
    assertThat(ds.series()).allSatisfy(s -> assertThat(s.maxSubmissionTimestamp())
        .isBefore(s.dateReleased()));
  }

  @Test
  void segAndRtstructReferenceTheirSourceSeries() {
    List<Series> derived = ds.series().stream().filter(s -> s.modality().equals("SEG")
        || s.modality().equals("RTSTRUCT")).toList();
    assertThat(derived).isNotEmpty();
    for (Series s : derived) {
      assertThat(s.references()).hasSize(1);
      SeriesReference r = s.references().get(0);
      Series source = ds.series(r.seriesInstanceUid()).orElseThrow();
      assertThat(source.studyInstanceUid()).isEqualTo(s.studyInstanceUid())
          .isEqualTo(r.studyInstanceUid());
      assertThat(r.referencedSopClassUid()).isEqualTo(source.sopClassUid());
      assertThat(r.sopInstanceUids()).containsExactlyElementsOf(ds.instances(
          source.seriesInstanceUid()).stream().map(Instance::sopInstanceUid).toList());
      assertThat(s.frameOfReferenceUid()).isEqualTo(source.frameOfReferenceUid());
      InstanceSpec spec = InstanceSpecs.of(ds, s, ds.instances(s.seriesInstanceUid()).get(0));
      assertThat(spec.references()).singleElement().satisfies(ref ->
          assertThat(ref.seriesInstanceUid()).isEqualTo(source.seriesInstanceUid()));
    }
  }

  @Test
  void everyInstanceHasItsExactSyntheticFileSize() {
    for (Series s : ds.series()) {
      List<Instance> list = ds.instances(s.seriesInstanceUid());
      assertThat(list).hasSize(s.imageCount());
      long total = 0;
      for (Instance i : list) {
        assertThat(i.fileSize()).isEqualTo(SyntheticDicom.size(InstanceSpecs.of(ds, s, i)));
        total += i.fileSize();
        assertThat(ds.seriesOfInstance(i.sopInstanceUid())).contains(s);
      }
      assertThat(ds.fileSize(s.seriesInstanceUid())).isEqualTo(total);
    }
  }

  @Test
  void namingInputsForNewFileNamesArePresent() {
    Series dce = ds.series().stream().filter(s -> s.description().orElse("").contains("DCE"))
        .findFirst().orElseThrow();
    assertThat(ds.instances(dce.seriesInstanceUid())).extracting(i -> i.acquisitionNumber()
        .orElseThrow()).containsExactly(1, 1, 2, 2, 3, 3);
    assertThat(ds.instances(dce.seriesInstanceUid())).extracting(Instance::instanceNumber)
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ds.series()).anySatisfy(s -> assertThat(ds.instances(s.seriesInstanceUid()))
        .allSatisfy(i -> assertThat(i.acquisitionNumber()).isEmpty()));
  }

  @Test
  void mixedCaseValuesAndNullBodyParts() {
    assertThat(ds.series()).anySatisfy(s -> assertThat(s.manufacturer()).contains("Siemens"));
    assertThat(ds.series()).anySatisfy(s -> assertThat(s.manufacturer()).contains("SIEMENS"));
    assertThat(ds.series()).anySatisfy(s -> assertThat(s.bodyPartExamined()).isEmpty());
    assertThat(ds.series()).anySatisfy(s -> assertThat(s.visible()).isFalse());
    assertThat(ds.patients()).anySatisfy(p -> assertThat(p.phantom()).isEqualTo("YES"));
    assertThat(ds.patients()).anySatisfy(p -> assertThat(p.sex()).isEmpty());
  }

  @Test
  void brokenReferencesAreRejectedWithTheirNames() {
    CollectionInfo c = new CollectionInfo("C", false, Optional.empty(), 1, Optional.empty(),
        Instant.EPOCH, "u", License.CC_BY_4_0);
    Patient p = new Patient(1, "C", "P1", "P1", Optional.empty(), Optional.empty(),
        Optional.empty(), Species.HUMAN, "NO");
    Study st = new Study(1, "C", "P2", "1.2.3", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    Map<String, Supplier<List<Instance>>> none = Map.of();
    assertThatThrownBy(() -> Dataset.of(Host.NBIA, List.of(c), List.of(p), List.of(st), List.of(),
        none, List.of(), List.of())).hasMessageContaining("unknown patient 'P2'");
    Patient stray = new Patient(2, "D", "P3", "P3", Optional.empty(), Optional.empty(),
        Optional.empty(), Species.HUMAN, "NO");
    assertThatThrownBy(() -> Dataset.of(Host.NBIA, List.of(c), List.of(stray), List.of(),
        List.of(), none, List.of(), List.of())).hasMessageContaining("unknown collection 'D'");
    Study ok = new Study(1, "C", "P1", "1.2.3", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    Series s = ds.series().get(0);
    Series moved = new Series(1, "1.2.4", "1.2.3", "P1", "C", "CT", s.sopClassUid(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), s.dateReleased(), s.maxSubmissionTimestamp(), true, List.of(), 8, 8, 2,
        OptionalLong.empty());
    assertThatThrownBy(() -> Dataset.of(Host.NBIA, List.of(c), List.of(p), List.of(ok),
        List.of(moved), none, List.of(), List.of())).hasMessageContaining("no instance supplier");
    Dataset lazy = Dataset.of(Host.NBIA, List.of(c), List.of(p), List.of(ok), List.of(moved),
        Map.of("1.2.4", List::of), List.of(), List.of());
    assertThatThrownBy(() -> lazy.instances("1.2.4")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("says 2 images");
    assertThat(lazy.instances("9.9")).isEmpty();
    assertThat(lazy.fileSize("9.9")).isZero();
  }

  @Test
  void cartsCanBeAddedOnceByName() {
    SharedCart cart = new SharedCart("nbia-test-cart", "d", "", "me", List.of());
    assertThat(ds.addCart(cart)).isTrue();
    assertThat(ds.addCart(cart)).isFalse();
    assertThat(ds.cart("nbia-test-cart")).contains(cart);
  }
}
