package io.github.tcia4j.nbia;

import io.github.tcia4j.common.error.TciaException;
import java.util.List;

/**
 * Creating a shared cart failed part-way: the server refused one chunk (for example
 * {@code Duplicate list name}, or {@code User does not have permission for all series in list}).
 * The carts created before the failure exist on the server; {@link #createdCartUrls()} lists them.
 * The cause is the server's HTTP error.
 */
public class SharedCartException extends TciaException {
  private static final long serialVersionUID = 1L;

  /** The URLs of the carts created before the failure. */
  private final transient List<String> createdCartUrls;
  /** The name of the cart the server refused. */
  private final String failedCartName;

  /**
   * Creates the exception.
   *
   * @param message the message, naming the failed cart, the server's reason and the carts created
   * @param failedCartName the name of the cart that could not be created
   * @param createdCartUrls the URLs of the carts created before the failure
   * @param cause the server's error
   */
  public SharedCartException(String message, String failedCartName, List<String> createdCartUrls, Throwable cause) {
    super(message, cause);
    this.failedCartName = failedCartName;
    this.createdCartUrls = List.copyOf(createdCartUrls);
  }

  /**
   * Returns the URLs of the carts that were created before the failure.
   *
   * @return the URLs, possibly empty
   */
  public List<String> createdCartUrls() {
    return createdCartUrls == null ? List.of() : createdCartUrls;
  }

  /**
   * Returns the name of the cart the server refused.
   *
   * @return the name
   */
  public String failedCartName() {
    return failedCartName;
  }
}
