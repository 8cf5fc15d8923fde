package io.github.tcia4j.common.auth;

import io.github.tcia4j.common.error.TciaException;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the credential file of the NBIA Data Retriever ({@code -l <file>}), the file
 * {@code tcia_utils.nbia.makeCredentialFile} wrote as {@code credentials.txt}.
 *
 * <p>The format is two {@code key=value} lines with exactly this capitalisation:
 * <pre>
 * userName=alice
 * passWord=the password
 * </pre>
 * encoded in UTF-8. {@link #write(Path, Credentials)} writes these two lines, each ending with
 * {@code \n} (tcia_utils wrote no newline after the last line; the Data Retriever reads both).
 * {@link #read(Path)} accepts {@code \r\n} line ends, blank lines, comment lines starting with
 * {@code #} or {@code !}, and whitespace around lines, keys and values. Values are taken
 * literally (no backslash escapes), so a user name or password cannot begin or end with whitespace
 * or contain a line break.
 *
 * <p>The file holds a password in clear text: {@link #write(Path, Credentials)} creates it
 * readable and writable by its owner only. Messages of the exceptions thrown here never contain
 * the password.
 */
public final class CredentialFile {
  /** The key of the user name line. */
  public static final String USER_NAME_KEY = "userName";
  /** The key of the password line. */
  public static final String PASSWORD_KEY = "passWord";
  /** The file name tcia_utils used. */
  public static final String DEFAULT_FILE_NAME = "credentials.txt";

  private static final Logger LOG = LoggerFactory.getLogger(CredentialFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private CredentialFile() {}

  /**
   * Reads credentials from a credential file.
   *
   * @param file the file, e.g. {@code credentials.txt}
   * @return the user name and password in the file
   * @throws TciaException when the file is missing, cannot be read, is not UTF-8 text, has a line
   *     that is not {@code key=value}, or lacks the {@code userName} or {@code passWord} line
   */
  public static Credentials read(Path file) {
    Objects.requireNonNull(file, "file");
    Map<String, String> values = parse(file, readText(file));
    String username = require(file, values, USER_NAME_KEY);
    String password = require(file, values, PASSWORD_KEY);
    if (username.isEmpty()) {
      throw new TciaException("credential file " + file + " has an empty " + USER_NAME_KEY
          + " line; write the user name after '" + USER_NAME_KEY + "='.");
    }
    LOG.debug("Read the credentials of user '{}' from {}", username, file);
    return new Credentials(username, password);
  }

  /**
   * Writes credentials to a file, replacing it if it exists. Missing parent folders are created.
   * On POSIX file systems the file is created with permissions {@code rw-------} before anything
   * is written to it, so no other user can read it at any moment; elsewhere access is restricted
   * to the owner as far as {@link File} allows, and a warning is logged. The content is written to
   * a temporary file in the same folder, which then replaces the target in one step where the file
   * system allows.
   *
   * @param file where to write, e.g. {@code credentials.txt}
   * @param credentials the user name and password to store
   * @throws IllegalArgumentException when the user name or password begins or ends with
   *     whitespace or contains a line break, which the file format cannot keep
   * @throws TciaException when the file cannot be written
   */
  public static void write(Path file, Credentials credentials) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(credentials, "credentials");
    checkStorable("user name", credentials.username());
    checkStorable("password", credentials.password());
    byte[] content = (USER_NAME_KEY + "=" + credentials.username() + "\n"
        + PASSWORD_KEY + "=" + credentials.password() + "\n").getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new TciaException("cannot write the credential file " + file
          + ": it is a folder; give the path of a file, e.g. " + target.resolve(DEFAULT_FILE_NAME) + ".");
    }
    Path folder = target.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      boolean posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
      String prefix = "." + target.getFileName() + ".";
      if (posix) {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        temp = Files.createTempFile(folder, prefix, ".tmp", ownerOnly);
      } else {
        temp = Files.createTempFile(folder, prefix, ".tmp");
        restrictToOwner(temp.toFile());
      }
      Files.write(temp, content);
      moveIntoPlace(temp, target);
      temp = null;
    } catch (IOException e) {
      throw new TciaException("cannot write the credential file " + file + ": " + describe(e)
          + ". Check that the folder exists or can be created and that you may write to it.", e);
    } finally {
      deleteQuietly(temp);
    }
    LOG.info("Wrote the credentials of user '{}' to {}", credentials.username(), file);
  }

  private static String readText(Path file) {
    if (Files.isDirectory(file)) {
      throw new TciaException("credential file " + file + " is a folder, not a file; give the path of"
          + " the file written by CredentialFile.write or the NBIA Data Retriever.");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new TciaException("credential file " + file + " not found; create it with"
          + " CredentialFile.write or the NBIA Data Retriever.", e);
    } catch (AccessDeniedException e) {
      throw new TciaException("credential file " + file + " cannot be read: permission denied ("
          + describe(e) + "). Make it readable by the user running this program, e.g. chmod 600.", e);
    } catch (IOException e) {
      throw new TciaException("credential file " + file + " cannot be read: " + describe(e) + ".", e);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new TciaException("credential file " + file + " is not UTF-8 text; save it in UTF-8.", e);
    }
  }

  private static Map<String, String> parse(Path file, String text) {
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new TciaException("credential file " + file + ": line " + (i + 1) + " is not of the form"
            + " key=value (the line is not shown because it may hold the password). Expected the lines "
            + USER_NAME_KEY + "=<user> and " + PASSWORD_KEY + "=<password>.");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (values.put(key, value) != null) {
        LOG.debug("Credential file {} sets '{}' more than once; the last line wins", file, key);
      }
    }
    return values;
  }

  private static String require(Path file, Map<String, String> values, String key) {
    String value = values.get(key);
    if (value != null) {
      return value;
    }
    List<String> nearMisses = new ArrayList<>();
    for (String present : values.keySet()) {
      if (present.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        nearMisses.add(present);
      }
    }
    String hint = nearMisses.isEmpty() ? ""
        : " It has " + String.join(", ", nearMisses) + ", but keys are case-sensitive.";
    throw new TciaException("credential file " + file + " has no " + key + " line; add a line "
        + key + "=<" + (key.equals(PASSWORD_KEY) ? "password" : "user name") + ">." + hint);
  }

  private static void checkStorable(String what, String value) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new IllegalArgumentException("the " + what + " contains a line break, which a credential"
          + " file cannot hold; remove it.");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException("the " + what + " begins or ends with whitespace, which a"
          + " credential file cannot keep (readers strip it); remove it.");
    }
  }

  private static void restrictToOwner(File file) {
    boolean ok = file.setReadable(false, false) & file.setReadable(true, true)
        & file.setWritable(false, false) & file.setWritable(true, true);
    LOG.warn("The file system of {} does not support POSIX permissions; access to the credential file"
        + " was restricted to its owner as far as possible ({}). Check its access rights.",
        file.getParent(), ok ? "all changes applied" : "some changes were refused");
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.warn("Could not delete the temporary file {}: {}", temp, describe(e));
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
