package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaException;

/** Unwinds a worker after {@code DownloadJob.cancel()}; never reaches the caller. */
public final class CancelledException extends TciaException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CancelledException() {
    super("the download was cancelled");
  }
}
