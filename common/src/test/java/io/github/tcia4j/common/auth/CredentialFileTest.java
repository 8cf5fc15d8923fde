package io.github.tcia4j.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialFileTest {
  private static final String PASSWORD = "Cr3d-F1le-pass";

  @TempDir
  Path dir;

  private static boolean posix(Path path) throws IOException {
    return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
  }

  @Test
  void writeThenReadRoundTrips() {
    Path file = dir.resolve("credentials.txt");
    Credentials alice = new Credentials("alice", "p=ss w#rd ü");

    CredentialFile.write(file, alice);

    assertThat(CredentialFile.read(file)).isEqualTo(alice);
  }

  @Test
  void writesTheDataRetrieverFormat() throws IOException {
    Path file = dir.resolve("credentials.txt");

    CredentialFile.write(file, new Credentials("alice", PASSWORD));

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("userName=alice\npassWord=" + PASSWORD + "\n");
  }

  @Test
  void guestWithEmptyPasswordRoundTrips() {
    Path file = dir.resolve("guest.txt");

    CredentialFile.write(file, Credentials.guest());

    assertThat(CredentialFile.read(file)).isEqualTo(Credentials.guest());
  }

  @Test
  void createsParentFoldersAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("a/b/c/credentials.txt");

    CredentialFile.write(file, new Credentials("alice", PASSWORD));

    assertThat(file).exists();
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void fileIsOwnerReadableAndWritableOnly() throws IOException {
    assumeTrue(posix(dir), "the file system does not support POSIX permissions");
    Path file = dir.resolve("credentials.txt");

    CredentialFile.write(file, new Credentials("alice", PASSWORD));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void overwritingAWorldReadableFileLeavesItOwnerOnly() throws IOException {
    assumeTrue(posix(dir), "the file system does not support POSIX permissions");
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=old\npassWord=old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    CredentialFile.write(file, new Credentials("alice", PASSWORD));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(CredentialFile.read(file).username()).isEqualTo("alice");
  }

  @Test
  void readToleratesCrlfCommentsBlankLinesAndWhitespace() throws IOException {
    Path file = dir.resolve("edited.txt");
    Files.writeString(file, "\uFEFF# written by hand\r\n\r\n  userName = bob  \r\n! another comment\r\n"
        + "\tpassWord=" + PASSWORD + "\t\r\nextra=ignored\r\n", StandardCharsets.UTF_8);

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("bob", PASSWORD));
  }

  @Test
  void readAcceptsPythonStyleFileWithoutTrailingNewline() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=carol\npassWord=" + PASSWORD, StandardCharsets.UTF_8);

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("carol", PASSWORD));
  }

  @Test
  void missingFileNamesThePathAndHowToCreateIt() {
    Path file = dir.resolve("nowhere/credentials.txt");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("credential file " + file + " not found")
        .hasMessageContaining("CredentialFile.write or the NBIA Data Retriever");
  }

  @Test
  void missingPasswordLineNamesTheKeyWithoutEchoingValues() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=alice\npassword=" + PASSWORD + "\n");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("has no passWord line")
        .hasMessageContaining("keys are case-sensitive")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void missingUserNameLineNamesTheKey() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "passWord=" + PASSWORD + "\n");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("has no userName line")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void emptyUserNameIsReported() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=\npassWord=" + PASSWORD + "\n");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("empty userName");
  }

  @Test
  void lineWithoutEqualsSignIsReportedWithoutShowingIt() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=alice\npassWord " + PASSWORD + "\n");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("line 2 is not of the form key=value")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void invalidUtf8IsReported() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.write(file, new byte[] {'u', 's', 'e', 'r', 'N', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28});

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void unreadableFileNamesPathAndCause() throws IOException {
    assumeTrue(posix(dir), "the file system does not support POSIX permissions");
    Path file = dir.resolve("credentials.txt");
    CredentialFile.write(file, new Credentials("alice", PASSWORD));
    Files.setPosixFilePermissions(file, Set.of());
    try {
      assumeTrue(!Files.isReadable(file), "running as a user (root) who can read any file");

      assertThatThrownBy(() -> CredentialFile.read(file))
          .isInstanceOf(TciaException.class)
          .hasMessageContaining("credential file " + file + " cannot be read: permission denied")
          .hasMessageContaining("AccessDeniedException")
          .hasMessageNotContaining(PASSWORD);
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void folderInsteadOfFileIsReportedForReadAndWrite() {
    assertThatThrownBy(() -> CredentialFile.read(dir))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("is a folder");
    assertThatThrownBy(() -> CredentialFile.write(dir, new Credentials("alice", PASSWORD)))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void writeRejectsValuesTheFormatCannotKeep() {
    Path file = dir.resolve("credentials.txt");

    assertThatThrownBy(() -> CredentialFile.write(file, new Credentials("alice", "line1\nline2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password contains a line break")
        .hasMessageNotContaining("line1");
    assertThatThrownBy(() -> CredentialFile.write(file, new Credentials(" alice", PASSWORD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name begins or ends with whitespace");
    assertThat(file).doesNotExist();
  }

  @Test
  void writeIntoUnwritableFolderNamesThePath() throws IOException {
    assumeTrue(posix(dir), "the file system does not support POSIX permissions");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    try {
      assumeTrue(!Files.isWritable(locked), "running as a user (root) who can write anywhere");
      Path file = locked.resolve("credentials.txt");

      assertThatThrownBy(() -> CredentialFile.write(file, new Credentials("alice", PASSWORD)))
          .isInstanceOf(TciaException.class)
          .hasMessageContaining("cannot write the credential file " + file)
          .hasMessageNotContaining(PASSWORD);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
