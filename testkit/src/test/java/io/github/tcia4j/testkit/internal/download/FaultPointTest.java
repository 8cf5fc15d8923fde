package io.github.tcia4j.testkit.internal.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.testkit.fault.StreamFaultKind;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPointTest {
  private static final Optional<StreamFaultKind> RESET = Optional.of(StreamFaultKind.RESET);

  @Test
  void theFractionOfAllDicomBytesPicksTheEntryAndOffset() {
    List<Long> sizes = List.of(100L, 200L, 700L);
    assertThat(FaultPoint.place(RESET, 0.05, sizes))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 0, 50));
    assertThat(FaultPoint.place(RESET, 0.25, sizes))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 1, 150));
    assertThat(FaultPoint.place(RESET, 0.3, sizes))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 2, 0));
    assertThat(FaultPoint.place(RESET, 0.95, sizes))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 2, 650));
    assertThat(FaultPoint.place(RESET, 1.0, sizes))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 2, 699));
  }

  @Test
  void noFaultOrNoBytesMeansNoPlace() {
    assertThat(FaultPoint.place(Optional.empty(), 0.5, List.of(10L))).isEmpty();
    assertThat(FaultPoint.place(RESET, 0.5, List.of())).isEmpty();
    assertThat(FaultPoint.place(RESET, 0.5, List.of(0L, 0L))).isEmpty();
  }

  @Test
  void emptyEntriesAreSkipped() {
    assertThat(FaultPoint.place(RESET, 0.5, List.of(0L, 10L, 0L)))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 1, 5));
  }

  @Test
  void negativePlacesAreRejected() {
    assertThatThrownBy(() -> new FaultPoint(StreamFaultKind.STALL, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry and offset");
  }

  @Test
  void positionsBeyond2GibAnd4GibKeepExactLongOffsets() {
    long size = 525_606L;
    int count = 10_000;
    long total = size * count;
    List<Long> sizes = Collections.nCopies(count, size);
    for (double position : new double[] {0.5, 0.9, 0.95}) {
      long target = (long) (position * total);
      assertThat(target).isGreaterThan(1L << 31);
      assertThat(FaultPoint.place(RESET, position, sizes)).hasValue(
          new FaultPoint(StreamFaultKind.RESET, (int) (target / size), target % size));
    }
    long huge = 5L << 30;
    long target = (long) (0.9 * (huge + 10));
    assertThat(FaultPoint.place(RESET, 0.9, List.of(10L, huge)))
        .hasValue(new FaultPoint(StreamFaultKind.RESET, 1, target - 10));
    assertThat(target - 10).isGreaterThan(1L << 32);
  }
}
