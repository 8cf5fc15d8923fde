package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;

/**
 * A downloaded series did not pass verification (a truncated or corrupt zip, an MD5 mismatch, a
 * missing {@code md5hashes.csv}, a file that is not DICOM, a wrong image count). The attempt is
 * discarded; another attempt may succeed.
 */
public final class VerificationException extends TciaException {
  private static final long serialVersionUID = 1L;

  /** What kind of verification failed. */
  public enum Kind {
    /** The zip is truncated or corrupt, or a file is not what it should be. */
    DAMAGED,
    /** A file's MD5 differs from the server's. */
    MD5_MISMATCH,
    /** Everything verified except the DICOM count, which differs from {@code ImageCount}. */
    COUNT
  }

  private final Kind kind;

  /**
   * Creates the exception for a damaged download.
   *
   * @param message what did not verify
   */
  public VerificationException(String message) {
    this(Kind.DAMAGED, message, null);
  }

  /**
   * Creates the exception for a damaged download.
   *
   * @param message what did not verify
   * @param cause the underlying failure, may be {@code null}
   */
  public VerificationException(String message, Throwable cause) {
    this(Kind.DAMAGED, message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param kind what failed
   * @param message what did not verify
   * @param cause the underlying failure, may be {@code null}
   */
  public VerificationException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * Returns what kind of verification failed.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
