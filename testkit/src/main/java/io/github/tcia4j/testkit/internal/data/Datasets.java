package io.github.tcia4j.testkit.internal.data;

import io.github.tcia4j.testkit.CollectionSpec;
import io.github.tcia4j.testkit.Host;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Species;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Builds the data set of each host from the sandbox settings. */
public final class Datasets {
  private static final List<Species> SPECIES = List.of(Species.HUMAN, Species.MOUSE, Species.DOG);

  private Datasets() {}

  /**
   * The data of one host.
   *
   * @param host the host
   * @param seed the sandbox seed
   * @param today the sandbox clock's date (recent releases are relative to it)
   * @param rows default image rows
   * @param columns default image columns
   * @param builtIns whether to include the built-in synthetic collections
   * @param recordings recorded getSeries files to load (main host only)
   * @param specs custom collections (those of this host are used)
   * @return the data set
   */
  public static Dataset build(Host host, long seed, LocalDate today, int rows, int columns,
      boolean builtIns, List<Path> recordings, List<CollectionSpec> specs) {
    DatasetAssembler a = new DatasetAssembler(host);
    if (builtIns) {
      BuiltInCollections b = new BuiltInCollections(seed, today, rows, columns);
      if (host == Host.NBIA) {
        b.nbia(a);
      } else {
        b.nlst(a);
      }
    }
    if (host == Host.NBIA) {
      RecordedSeries r = new RecordedSeries(seed, today, rows, columns);
      for (Path p : recordings) {
        r.load(a, p);
      }
    }
    CustomCollections c = new CustomCollections(seed, today, rows, columns);
    for (CollectionSpec s : specs) {
      if (s.host() == host) {
        c.add(a, s);
      }
    }
    return a.build(SPECIES);
  }
}
