package io.github.tcia4j.nbia.download.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File-system steps of a series download, all without following links: creating the folders
 * below the download root, naming and finding temporary siblings ({@code <name>.part-<random>},
 * {@code <name>.old-<random>}), swapping a finished folder into place, and deleting trees.
 */
public final class SeriesFiles {
  /** Infix of a temporary download next to its target. */
  public static final String PART = ".part-";
  /** Infix of an old folder moved aside during a swap. */
  public static final String OLD = ".old-";

  private static final Logger LOG = LoggerFactory.getLogger(SeriesFiles.class);

  private SeriesFiles() {}

  /**
   * Returns a new temporary sibling name of a target.
   *
   * @param target the final folder or zip
   * @param infix {@link #PART} or {@link #OLD}
   * @return {@code <target>.part-<8 random hex digits>}
   */
  public static Path sibling(Path target, String infix) {
    return target.resolveSibling(target.getFileName() + infix + UUID.randomUUID().toString().substring(0, 8));
  }

  /**
   * Creates a folder and its missing parents below the download root, refusing to pass through
   * a symbolic link or a file.
   *
   * @param root the download root (created when missing; it may itself be a link)
   * @param folder a folder inside the root
   * @throws LocalFileException when a component is a link or a file, or cannot be created
   */
  public static void createFolders(Path root, Path folder) {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new LocalFileException("Cannot create the download folder", root, e);
    }
    Path relative = root.relativize(folder);
    Path current = root;
    for (Path part : relative) {
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        throw new LocalFileException("Refusing to write through the symbolic link", current,
            new IOException("folders below the download root must not be links"));
      }
      if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
          throw new LocalFileException("Cannot create a folder over the file", current,
              new IOException("a file is in the way"));
        }
        continue;
      }
      try {
        Files.createDirectory(current);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
          throw new LocalFileException("Cannot create a folder over", current, e);
        }
      } catch (IOException e) {
        throw new LocalFileException("Cannot create the folder", current, e);
      }
    }
  }

  /**
   * Lists the temporary siblings of a target left by an earlier run that was killed.
   *
   * @param target the final folder or zip
   * @return the {@code .part-*} and {@code .old-*} siblings
   */
  public static List<Path> leftovers(Path target) {
    List<Path> found = new ArrayList<>();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
      return found;
    }
    String name = target.getFileName().toString();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
        p -> {
          String n = p.getFileName().toString();
          return n.startsWith(name + PART) || n.startsWith(name + OLD);
        })) {
      entries.forEach(found::add);
    } catch (IOException e) {
      LOG.debug("Cannot list leftovers of {}: {}", target, e.toString());
    }
    return found;
  }

  /**
   * Moves a finished temporary folder to its final name. An existing (incomplete) folder is first
   * moved aside and deleted afterwards, so the final name never shows a mix of old and new files.
   *
   * @param temp the finished folder
   * @param target the final name
   * @throws LocalFileException when a move fails
   */
  public static void install(Path temp, Path target) {
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path old = sibling(target, OLD);
        Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
      } else {
        Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new LocalFileException("Cannot move the finished series into place at", target, e);
    }
  }

  /**
   * Deletes a file or a folder tree without following links (a link is deleted, not its target).
   * Failures are logged at DEBUG.
   *
   * @param path the file or folder; nothing happens when it does not exist
   */
  public static void deleteTree(Path path) {
    if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
          if (!(exc instanceof NoSuchFileException)) {
            Files.deleteIfExists(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.debug("Cannot delete {}: {}", path, e.toString());
    }
  }
}
