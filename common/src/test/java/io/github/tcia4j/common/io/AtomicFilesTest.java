package io.github.tcia4j.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writesCreatesFoldersReplacesAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a/b/manifest.tcia");
    AtomicFiles.writeString(file, "one", "manifest");
    AtomicFiles.writeString(file, "two", "manifest");
    assertThat(Files.readString(file)).isEqualTo("two");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void newFilesGetTheProcessDefaultPermissionsNotOwnerOnly(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path touched = Files.createFile(dir.resolve("touched"));
    Path written = AtomicFiles.writeString(dir.resolve("series.csv"), "a\n", "table");
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(touched));
  }

  @Test
  void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("receipt.json");
    AtomicFiles.writeString(file, "{}", "receipt");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(file, shared);
    AtomicFiles.writeString(file, "{\"n\":1}", "receipt");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
  }

  @Test
  void directoryTargetIsRejectedWithAHint(@TempDir Path dir) {
    assertThatThrownBy(() -> AtomicFiles.writeString(dir, "x", "viewer page"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("viewer page").hasMessageContaining("is a directory");
  }

  @Test
  void unwritableLocationIsATciaExceptionNamingTheFile(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "I am a file, not a folder");
    Path target = blocker.resolve("child.txt");
    assertThatThrownBy(() -> AtomicFiles.writeString(target, "x", "receipt"))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("receipt").hasMessageContaining(target.toString());
  }
}
