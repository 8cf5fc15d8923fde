package io.github.tcia4j.nbia.download.internal;

import io.github.tcia4j.common.error.TciaHttpException;
import io.github.tcia4j.common.error.TciaIoException;

/** Which download failures another attempt may fix. */
public final class Retries {
  private Retries() {}

  /**
   * Tells whether a failure is transient: a broken, stalled or late stream, a download that did
   * not verify, no response at all, or HTTP 408, 429 or 5xx. HTTP 400/401/403/404, unsafe zips,
   * local disk errors and cancellations are not.
   *
   * @param e the failure
   * @return {@code true} when retrying makes sense
   */
  public static boolean isTransient(RuntimeException e) {
    if (e instanceof VerificationException || e instanceof StreamFailure || e instanceof TciaIoException) {
      return true;
    }
    if (e instanceof TciaHttpException h) {
      int status = h.statusCode();
      return status == 408 || status == 429 || status >= 500;
    }
    return false;
  }
}
