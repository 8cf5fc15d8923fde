package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.CollectionInfo;
import io.github.tcia4j.testkit.internal.server.Family;
import io.github.tcia4j.testkit.internal.server.Responses;
import io.github.tcia4j.testkit.internal.server.RouteTable;
import io.github.tcia4j.testkit.internal.server.SandboxRequest;
import io.github.tcia4j.testkit.internal.server.SandboxResponse;
import io.github.tcia4j.testkit.internal.server.Whitelist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code getCollectionDescriptions} (reference section 4.5): Jackson JSON in field order
 * {@code description, id, collectionName, descriptionURI}, nulls written as {@code null}; the old
 * unversioned endpoint adds {@code collectionDescTimestamp} (epoch milliseconds),
 * {@code userName} and {@code licenseId}.
 */
final class DescriptionEndpoints {
  private DescriptionEndpoints() {}

  static void register(RouteTable t) {
    t.get(Family.V4, "getCollectionDescriptions", Whitelist.query("collectionName"),
        DescriptionEndpoints::descriptions);
    t.get(Family.ADVANCED, "getCollectionDescriptions", null,
        DescriptionEndpoints::descriptions);
  }

  private static SandboxResponse descriptions(SandboxRequest req) {
    boolean v4 = req.family() == Family.V4;
    Optional<String> name = req.query().nonEmpty("collectionName");
    Access a = Access.of(req);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CollectionInfo c : a.dataset().collections()) {
      if (!a.collection(c.name()) || !Match.ignoreCase(name, c.name())) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("description", c.description().orElse(null));
      row.put("id", c.descriptionId());
      row.put("collectionName", c.name());
      row.put("descriptionURI", c.descriptionUri().orElse(null));
      if (!v4) {
        row.put("collectionDescTimestamp", c.descriptionTimestamp().toEpochMilli());
        row.put("userName", c.descriptionUser());
        row.put("licenseId", c.license().id());
      }
      rows.add(row);
    }
    return Responses.json(200, rows, true);
  }
}
