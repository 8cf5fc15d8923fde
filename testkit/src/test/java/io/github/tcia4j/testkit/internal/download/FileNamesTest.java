package io.github.tcia4j.testkit.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.testkit.data.Instance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

  private static Instance image(int number, Integer acquisition) {
    return new Instance(String.format("1.2.3.%d.%d", (number * 7919) % 1000, number), number,
        Optional.ofNullable(acquisition), 1.0, 1.0, Optional.of(1.0), 100, 1);
  }

  private static List<Instance> series(Integer... acquisitions) {
    List<Instance> l = new ArrayList<>();
    for (int n = 1; n <= acquisitions.length; n++) {
      l.add(image(n, acquisitions[n - 1]));
    }
    Collections.shuffle(l, new Random(3));
    return l;
  }

  private static List<Instance> oneAcquisition(int n) {
    Integer[] a = new Integer[n];
    java.util.Arrays.fill(a, 1);
    return series(a);
  }

  private static List<String> names(List<FileNames.Named> files) {
    return files.stream().map(FileNames.Named::name).toList();
  }

  @ParameterizedTest
  @CsvSource({"1, 1-1.dcm, 1-1.dcm", "9, 1-1.dcm, 1-9.dcm", "10, 1-01.dcm, 1-10.dcm",
      "40, 1-01.dcm, 1-40.dcm", "139, 1-001.dcm, 1-139.dcm"})
  void oneAcquisitionIsPaddedToTheImageCount(int n, String first, String last) {
    List<FileNames.Named> files = FileNames.newFileNames(oneAcquisition(n));
    assertThat(files).hasSize(n);
    assertThat(files.get(0).name()).isEqualTo(first);
    assertThat(files.get(n - 1).name()).isEqualTo(last);
    assertThat(files).extracting(f -> f.instance().instanceNumber()).isSorted();
  }

  @Test
  void instancePartIsPaddedOverTheWholeSeries() {
    assertThat(names(FileNames.newFileNames(series(1, 1, 1, 1, 1, 2, 2, 2, 2, 2))))
        .containsExactly("1-01.dcm", "1-02.dcm", "1-03.dcm", "1-04.dcm", "1-05.dcm",
            "2-01.dcm", "2-02.dcm", "2-03.dcm", "2-04.dcm", "2-05.dcm");
  }

  @Test
  void acquisitionPartIsPaddedToTheRunCount() {
    Integer[] a = new Integer[12];
    for (int k = 0; k < 12; k++) {
      a[k] = k % 2 == 0 ? 5 : 6;
    }
    List<String> names = names(FileNames.newFileNames(series(a)));
    assertThat(names).startsWith("01-01.dcm", "02-01.dcm").endsWith("12-01.dcm");
  }

  @Test
  void returningToAnEarlierAcquisitionStartsANewRun() {
    assertThat(names(FileNames.newFileNames(series(3, 3, 4, 3))))
        .containsExactly("1-1.dcm", "1-2.dcm", "2-1.dcm", "3-1.dcm");
  }

  @Test
  void aMissingAcquisitionNumberStartsARunAndSoDoesTheNextImage() {
    assertThat(names(FileNames.newFileNames(series(1, null, null, 1, 1))))
        .containsExactly("1-1.dcm", "2-1.dcm", "3-1.dcm", "4-1.dcm", "4-2.dcm");
  }

  @Test
  void repeatedInstanceNumbersCountOnce() {
    List<Instance> l = List.of(image(1, 1), image(1, 1), image(2, 1), image(3, 1), image(4, 1),
        image(5, 1), image(6, 1), image(7, 1), image(8, 1), image(9, 1));
    List<String> names = names(FileNames.newFileNames(l));
    assertThat(names).hasSize(10).startsWith("1-1.dcm").endsWith("1-10.dcm");
  }

  @Test
  void defaultNamesFollowDatabaseOrder() {
    List<Instance> l = series(1, 1, 1, 1, 1);
    List<FileNames.Named> files = FileNames.defaultNames(l);
    assertThat(names(files)).containsExactly("00000001.dcm", "00000002.dcm", "00000003.dcm",
        "00000004.dcm", "00000005.dcm");
    assertThat(files).extracting(f -> f.instance().sopInstanceUid()).isSorted();
    assertThat(files).extracting(f -> f.instance().instanceNumber())
        .isNotEqualTo(List.of(1, 2, 3, 4, 5));
    assertThat(FileNames.defaultNames(List.of())).isEmpty();
    assertThat(FileNames.newFileNames(List.of())).isEmpty();
  }
}
