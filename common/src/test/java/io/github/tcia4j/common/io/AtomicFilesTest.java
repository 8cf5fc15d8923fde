package io.github.tcia4j.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tcia4j.common.error.TciaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
