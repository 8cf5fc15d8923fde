package io.github.tcia4j.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tcia4j.common.error.TciaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialFileTest {
  private static final String PASSWORD = "Cr3d-F1le-pass";

  @TempDir
  Path dir;

  private static Credentials viaProperties(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return new Credentials(p.getProperty("userName"), p.getProperty("passWord"));
  }

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
  void readToleratesCrlfCommentsBlankLinesAndWhitespaceBeforeValues() throws IOException {
    Path file = dir.resolve("edited.txt");
    Files.writeString(file, "\uFEFF# written by hand\r\n\r\n  userName = bob\r\n! another comment\r\n"
        + "\tpassWord=" + PASSWORD + "\r\nextra=ignored\r\n", StandardCharsets.UTF_8);

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("bob", PASSWORD));
  }

  @Test
  void readKeepsWhitespaceAfterAValueLikePropertiesLoad() throws IOException {
    Path file = dir.resolve("edited.txt");
    String text = "userName = bob  \npassWord=" + PASSWORD + "\t\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("bob  ", PASSWORD + "\t"))
        .isEqualTo(viaProperties(text));
  }

  @Test
  void readAcceptsColonAndSpaceSeparatorsEscapesAndContinuationLines() throws IOException {
    Path file = dir.resolve("credentials.txt");
    String text = "userName: dave\npassWord  a\\=b\\:c\\\\d \\\n    e\\u00fc\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("dave", "a=b:c\\d e\u00fc"))
        .isEqualTo(viaProperties(text));
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
  void malformedUnicodeEscapeIsReportedWithoutShowingTheLine() throws IOException {
    Path file = dir.resolve("credentials.txt");
    Files.writeString(file, "userName=alice\npassWord=" + PASSWORD + "\\uZZ\n");

    assertThatThrownBy(() -> CredentialFile.read(file))
        .isInstanceOf(TciaException.class)
        .hasMessageContaining("credential file " + file)
        .hasMessageContaining("malformed \\uXXXX escape")
        .hasMessageContaining("Write a literal backslash as \\\\")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void fileThatIsNotUtf8IsReadAsIso88591LikePropertiesLoadFromAStream() throws IOException {
    Path file = dir.resolve("credentials.txt");
    byte[] latin1 = ("userName=j\u00fcrgen\npassWord=caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);
    Properties loaded = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      loaded.load(in);
    }

    assertThat(CredentialFile.read(file)).isEqualTo(new Credentials("j\u00fcrgen", "caf\u00e9"))
        .isEqualTo(new Credentials(loaded.getProperty("userName"), loaded.getProperty("passWord")));
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
  void writeEscapesWhatAPropertiesFileWouldMisread() throws IOException {
    Path file = dir.resolve("credentials.txt");

    CredentialFile.write(file, new Credentials(" al:ice", " a\\b=c:d#e!f g\n\u00fc\u20ac"));

    assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(
        "userName=\\ al\\:ice\npassWord=\\ a\\\\b\\=c\\:d\\#e\\!f g\\n\\u00FC\\u20AC\n");
  }

  static Stream<String> awkwardValues() {
    return Stream.of("back\\slash", "a=b", "a:b", "#hash", "!bang", "mid#dle!", "  two leading",
        "trailing  ", " ", "tab\tand\nnewline\rand\fformfeed", "n\u00f6n-\u00c4SCII \u20ac",
        "emoji \ud83d\ude00", "\\u0041 not an escape", "end with backslash\\", "=", "",
        "control\u0001char", "latin1 \u00ff and del \u007f");
  }

  @ParameterizedTest
  @MethodSource("awkwardValues")
  void writtenFileIsReadIdenticallyByPropertiesLoad(String value) throws IOException {
    Path file = dir.resolve("credentials.txt");
    Credentials c = new Credentials("user " + value, value);

    CredentialFile.write(file, c);

    Properties fromStream = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      fromStream.load(in);
    }
    Properties fromReader = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      fromReader.load(in);
    }
    assertThat(fromStream).isEqualTo(fromReader)
        .containsOnly(entry("userName", c.username()), entry("passWord", c.password()));
    assertThat(CredentialFile.read(file)).isEqualTo(c);
  }

  @ParameterizedTest
  @MethodSource("awkwardValues")
  void fileStoredByPropertiesIsReadIdentically(String value) throws IOException {
    Properties p = new Properties();
    p.setProperty("userName", "user " + value);
    p.setProperty("passWord", value);
    Path ascii = dir.resolve("stream.txt");
    try (OutputStream out = Files.newOutputStream(ascii)) {
      p.store(out, "stored through an OutputStream");
    }
    Path utf8 = dir.resolve("writer.txt");
    try (Writer out = Files.newBufferedWriter(utf8, StandardCharsets.UTF_8)) {
      p.store(out, "stored through a UTF-8 Writer");
    }

    Credentials expected = new Credentials("user " + value, value);
    assertThat(CredentialFile.read(ascii)).isEqualTo(expected);
    assertThat(CredentialFile.read(utf8)).isEqualTo(expected);
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
