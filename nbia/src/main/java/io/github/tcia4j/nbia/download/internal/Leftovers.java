package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks into the folders an interrupted run left for a series ({@code .part-*}, {@code .old-*}, an
 * incomplete final folder) to decide whether resuming instance by instance is worth it. Only
 * regular files whose names do not start with a dot are considered; links are not followed.
 */
public final class Leftovers {
  private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

  private Leftovers() {}

  /**
   * Tells whether any of the folders holds a file that could be a DICOM instance.
   *
   * @param folders the leftover folders (files and missing paths are skipped)
   * @return {@code true} when at least one folder holds a visible regular file
   */
  public static boolean mayHoldInstances(List<Path> folders) {
    for (Path folder : folders) {
      if (!files(folder).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts the distinct wanted instances among the files of the folders, by the SOP Instance UID
   * in each file's header; stops once {@code enough} have been found.
   *
   * @param folders the leftover folders
   * @param wanted the SOP Instance UIDs of the series
   * @param enough the count after which looking further is pointless
   * @param checkCancelled run before each file (throws when the download was cancelled)
   * @return the number found, at most {@code enough}
   */
  public static int countInstances(List<Path> folders, Set<String> wanted, int enough, Runnable checkCancelled) {
    Set<String> found = new HashSet<>();
    for (Path folder : folders) {
      for (Path file : files(folder)) {
        if (found.size() >= enough) {
          return found.size();
        }
        checkCancelled.run();
        Optional<String> sop = DicomHeader.sopInstanceUid(file);
        if (sop.isPresent() && wanted.contains(sop.get())) {
          found.add(sop.get());
        }
      }
    }
    return found.size();
  }

  private static List<Path> files(Path folder) {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      LOG.debug("Cannot list {}: {}", folder, e.toString());
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }
}
