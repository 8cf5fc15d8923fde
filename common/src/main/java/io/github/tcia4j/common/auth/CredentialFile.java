package io.github.tcia4j.common.auth;

import io.github.tcia4j.common.error.TciaException;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the credential file of the NBIA Data Retriever ({@code -l <file>}), the file
 * {@code tcia_utils.nbia.makeCredentialFile} wrote as {@code credentials.txt}.
 *
 * <p>The Data Retriever loads the file with {@link Properties#load java.util.Properties}, so this
 * class reads and writes it with the same rules. It holds two keys with exactly this
 * capitalisation:
 * <pre>
 * userName=alice
 * passWord=the password
 * </pre>
 * {@link #write(Path, Credentials)} writes these two lines, each ending with {@code \n}, in plain
 * ASCII: characters that have a meaning in a properties file ({@code \}, {@code =}, {@code :},
 * {@code #}, {@code !}, a leading space, tabs and line breaks) are escaped with a backslash and
 * every other character outside printable ASCII is written as a <code>&#92;uXXXX</code> escape, as
 * {@link Properties#store(java.io.OutputStream, String)} does. Such a file reads back identically
 * through {@code Properties.load} from a stream (ISO-8859-1) or from a UTF-8 reader, and through
 * {@link #read(Path)}. tcia_utils wrote the values unescaped and without a newline after the last
 * line; for ordinary values that is the same file.
 *
 * <p>{@link #read(Path)} applies {@code Properties.load}'s rules: {@code key=value},
 * {@code key:value} and {@code key value} lines, backslash escapes, continuation lines, comment
 * lines starting with {@code #} or {@code !}, whitespace before a value is skipped and whitespace
 * after it kept. The text is read as UTF-8 (a byte order mark is skipped); a file that is not
 * valid UTF-8 is read as ISO-8859-1, which is what {@code Properties.load} does with a stream.
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
   * @throws TciaException when the file is missing, cannot be read, has a malformed
   *     <code>&#92;uXXXX</code> escape, lacks the {@code userName} or {@code passWord} key, or
   *     has an empty user name
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
   * @param credentials the user name and password to store; any characters, escaped as the class
   *     description says
   * @throws TciaException when the file cannot be written
   */
  public static void write(Path file, Credentials credentials) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(credentials, "credentials");
    byte[] content = (USER_NAME_KEY + "=" + escape(credentials.username()) + "\n"
        + PASSWORD_KEY + "=" + escape(credentials.password()) + "\n")
        .getBytes(StandardCharsets.US_ASCII);
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
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      LOG.debug("Credential file {} is not UTF-8; reading it as ISO-8859-1 like Properties.load",
          file);
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Map<String, String> parse(Path file, String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      throw new TciaException("credential file " + file + " has a malformed \\uXXXX escape (a"
          + " backslash and u must be followed by four hexadecimal digits; the line is not shown"
          + " because it may hold the password). Write a literal backslash as \\\\.", e);
    } catch (IOException e) {
      throw new TciaException("credential file " + file + " cannot be parsed: " + describe(e) + ".",
          e);
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      values.put(key, properties.getProperty(key));
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

  /**
   * Escapes a value the way {@code Properties.store} to a stream does, so that
   * {@code Properties.load} reads it back unchanged whatever its characters.
   */
  static String escape(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          sb.append("\\\\");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '=':
        case ':':
        case '#':
        case '!':
          sb.append('\\').append(c);
          break;
        case ' ':
          sb.append(i == 0 ? "\\ " : " ");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
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
