package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.auth.UserAccount;
import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which collections a request may see: public ones for everybody; a valid token adds the user's
 * restricted collections (v2, advanced, v4), a curator sees all; v1 ignores tokens.
 */
final class Access {
  private final Dataset dataset;
  private final Set<String> collections;

  private Access(Dataset dataset, Set<String> collections) {
    this.dataset = dataset;
    this.collections = collections;
  }

  static Access of(SandboxRequest req) {
    Dataset ds = req.context().dataset();
    Optional<UserAccount> user = req.family() == Family.V1 ? Optional.empty() : req.user();
    Set<String> visible = new HashSet<>();
    for (CollectionInfo c : ds.collections()) {
      boolean granted = user.map(u -> u.curator() || u.restrictedCollections().contains(c.name()))
          .orElse(false);
      if (!c.restricted() || granted) {
        visible.add(c.name());
      }
    }
    return new Access(ds, visible);
  }

  Dataset dataset() {
    return dataset;
  }

  boolean collection(String name) {
    return collections.contains(name);
  }

  boolean series(Series s) {
    return s.visible() && collections.contains(s.collection());
  }

  List<Series> visibleSeries() {
    return dataset.series().stream().filter(this::series).collect(Collectors.toList());
  }
}
