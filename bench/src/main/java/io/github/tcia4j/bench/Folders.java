package io.github.tcia4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Temporary download folders of the benchmarks. */
final class Folders {
  private Folders() {}

  /**
   * Deletes a folder and everything in it (a benchmark's download, gigabytes large).
   *
   * @param root the folder; nothing happens if it does not exist
   * @throws IOException when a file cannot be deleted
   */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
