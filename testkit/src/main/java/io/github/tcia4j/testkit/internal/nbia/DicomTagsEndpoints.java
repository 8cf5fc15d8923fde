package io.github.tcia4j.testkit.internal.nbia;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.dicom.TagRow;
import io.github.tcia4j.testkit.internal.download.FileNames;
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
 * {@code getDicomTags} (v4 and advanced; reference section 4.5): the
 * {@link SyntheticDicom#tagRows tag rows} of the series' first image in database order (the file
 * a default-named download calls {@code 00000001.dcm}), as a Jackson-style array of
 * {@code {"element","name","data"}} objects with {@code null} kept. A series the request may not
 * see gives the zips' 400; a series without images gives 200 with an empty body.
 */
final class DicomTagsEndpoints {
  private DicomTagsEndpoints() {}

  static void register(RouteTable t) {
    t.get(Family.V4, "getDicomTags", Whitelist.query("SeriesUID"), DicomTagsEndpoints::tags);
    t.get(Family.ADVANCED, "getDicomTags", null, DicomTagsEndpoints::tags);
  }

  private static SandboxResponse tags(SandboxRequest req) {
    Optional<String> uid = req.query().nonEmpty("SeriesUID");
    if (uid.isEmpty()) {
      return Responses.badRequestAsJson("A parameter, SeriesUID, is required for this API call.");
    }
    Optional<Series> s = DownloadEndpoints.downloadable(req, uid.get());
    if (s.isEmpty()) {
      return Responses.badRequest(DownloadEndpoints.notGranted(uid.get()));
    }
    Dataset ds = req.context().dataset();
    List<Instance> instances = FileNames.databaseOrder(ds.instances(uid.get()));
    if (instances.isEmpty()) {
      return Responses.noRows();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TagRow r : SyntheticDicom.tagRows(InstanceSpecs.of(ds, s.get(), instances.get(0)))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("element", r.element());
      m.put("name", r.name());
      m.put("data", r.data());
      rows.add(m);
    }
    return Responses.json(200, rows, true);
  }
}
