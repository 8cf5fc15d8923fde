package io.github.tcia4j.cli;

import io.github.tcia4j.testkit.data.Dataset;
import io.github.tcia4j.testkit.data.Instance;
import io.github.tcia4j.testkit.data.InstanceSpecs;
import io.github.tcia4j.testkit.data.Series;
import io.github.tcia4j.testkit.dicom.SyntheticDicom;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compares downloaded files with the sandbox's own data (the independent truth), by MD5. */
final class SeriesOnDisk {
  private SeriesOnDisk() {}

  /** The MD5s of the series' instances, from the sandbox's generator. */
  static Set<String> expectedMd5s(Dataset dataset, String seriesUid) {
    Series series = dataset.series(seriesUid).orElseThrow();
    Set<String> md5s = new TreeSet<>();
    for (Instance instance : dataset.instances(seriesUid)) {
      md5s.add(SyntheticDicom.md5Hex(InstanceSpecs.of(dataset, series, instance)));
    }
    return md5s;
  }

  /** The MD5s of the {@code .dcm} files directly in a folder. */
  static Set<String> md5sOfDicomFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> dicom = files.filter(p -> p.getFileName().toString().endsWith(".dcm")).toList();
      Set<String> md5s = new TreeSet<>();
      for (Path p : dicom) {
        md5s.add(md5(Files.readAllBytes(p)));
      }
      return md5s;
    }
  }

  /** The MD5s of the {@code .dcm} entries of a zip. */
  static Set<String> md5sOfDicomEntries(Path zip) throws IOException {
    try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
      Set<String> md5s = new TreeSet<>();
      for (java.util.zip.ZipEntry e : file.stream().filter(e -> e.getName().endsWith(".dcm"))
          .collect(Collectors.toList())) {
        try (InputStream in = file.getInputStream(e)) {
          md5s.add(md5(in.readAllBytes()));
        }
      }
      return md5s;
    }
  }

  /** Paths below a folder whose name marks an unfinished download. */
  static List<Path> leftovers(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.getFileName().toString().contains(".part-")).toList();
    }
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
