package io.github.tcia4j.nbia.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tcia4j.nbia.download.internal.DicomHeader;
import io.github.tcia4j.nbia.download.internal.Digests;
import io.github.tcia4j.nbia.download.internal.Md5List;
import io.github.tcia4j.nbia.download.internal.RecordCheck;
import io.github.tcia4j.nbia.download.internal.SeriesRecord;
import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks downloaded series against the sandbox's own data: the independent truth. */
final class SandboxTruth {
  private final Dataset dataset;

  SandboxTruth(Dataset dataset) {
    this.dataset = dataset;
  }

  /** SOP Instance UID to the MD5 of its synthetic file. */
  Map<String, String> md5s(String seriesUid) {
    Series series = dataset.series(seriesUid).orElseThrow();
    Map<String, String> md5s = new HashMap<>();
    for (Instance instance : dataset.instances(seriesUid)) {
      md5s.put(instance.sopInstanceUid(), SyntheticDicom.md5Hex(InstanceSpecs.of(dataset, series, instance)));
    }
    return md5s;
  }

  /**
   * Asserts that a series folder is complete and holds exactly the series' instances, byte for
   * byte (by MD5), that its record matches, and that an md5hashes.csv in it agrees.
   */
  void assertFolderHoldsTheSeries(Path folder, String seriesUid) throws IOException {
    assertThat(RecordCheck.folder(folder, seriesUid, true).complete()).as("record of %s", seriesUid).isTrue();
    Map<String, String> expected = md5s(seriesUid);
    SeriesRecord record = SeriesRecord.read(folder.resolve(SeriesRecord.FOLDER_RECORD)).orElseThrow();
    assertThat(record.imageCount()).isEqualTo(expected.size());
    Map<String, String> found = new HashMap<>();
    for (SeriesRecord.FileEntry f : record.files()) {
      if (!f.dicom()) {
        continue;
      }
      Path file = folder.resolve(f.name());
      String sop = DicomHeader.sopInstanceUid(file).orElseThrow();
      assertThat(found.put(sop, Digests.hash(file, Digests.md5()))).as("instance %s twice", sop).isNull();
    }
    assertThat(found).isEqualTo(expected);
    Path list = folder.resolve(Md5List.ENTRY_NAME);
    if (Files.exists(list)) {
      Md5List md5List = Md5List.parse(Files.readAllBytes(list));
      for (SeriesRecord.FileEntry f : record.files()) {
        if (f.dicom()) {
          assertThat(md5List.md5(f.name())).hasValue(f.md5());
        }
      }
    }
  }

  List<Series> visible(String collection) {
    return dataset.series().stream().filter(s -> s.visible() && s.collection().equals(collection)).toList();
  }
}
