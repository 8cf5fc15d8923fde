package io.github.tcia4j.nbia;

import io.github.tcia4j.nbia.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NbiaClient#makeSharedCart(SharedCartRequest)} should create: the series, and
 * optionally a cart name, a description, a description URL and the chunk size. Immutable; each
 * {@code with} method returns a changed copy.
 *
 * <pre>{@code
 * List<String> urls = nbia.makeSharedCart(SharedCartRequest.of(uids)
 *     .withName("lung-ct-2024")
 *     .withDescription("CT series for the 2024 course"));
 * }</pre>
 */
public final class SharedCartRequest {
  /** The default number of series per cart, as in {@code tcia_utils}. */
  public static final int DEFAULT_CHUNK_SIZE = 5_000;

  private final List<String> seriesUids;
  private final String name;
  private final String description;
  private final String descriptionUrl;
  private final int chunkSize;

  private SharedCartRequest(List<String> seriesUids, String name, String description, String descriptionUrl,
      int chunkSize) {
    this.seriesUids = seriesUids;
    this.name = name;
    this.description = description;
    this.descriptionUrl = descriptionUrl;
    this.chunkSize = chunkSize;
  }

  /**
   * Starts a request for these series, with a random name, no description and chunks of
   * {@value #DEFAULT_CHUNK_SIZE}.
   *
   * @param seriesUids the Series Instance UIDs, at least one
   * @return the request
   * @throws IllegalArgumentException when the collection is empty or a UID is {@code null}, blank
   *     or not a valid DICOM UID (digits and single dots, at most 64 characters); the message
   *     names its index
   */
  public static SharedCartRequest of(Collection<String> seriesUids) {
    Objects.requireNonNull(seriesUids, "seriesUids");
    if (seriesUids.isEmpty()) {
      throw new IllegalArgumentException("seriesUids is empty; a shared cart needs at least one series");
    }
    List<String> copy = new ArrayList<>(seriesUids.size());
    int i = 0;
    for (String uid : seriesUids) {
      copy.add(Args.uid(uid, "seriesUids[" + i + "]"));
      i++;
    }
    return new SharedCartRequest(List.copyOf(copy), null, "", "", DEFAULT_CHUNK_SIZE);
  }

  /**
   * Returns a copy with a cart name. With several chunks the carts are named
   * {@code <name>-part1}, {@code <name>-part2}, ...
   *
   * @param value the name, not blank
   * @return the changed copy
   * @throws IllegalArgumentException when blank
   */
  public SharedCartRequest withName(String value) {
    Objects.requireNonNull(value, "name");
    if (value.isBlank()) {
      throw new IllegalArgumentException("The cart name is blank; give a name or leave it out for a random one");
    }
    return new SharedCartRequest(seriesUids, value.trim(), description, descriptionUrl, chunkSize);
  }

  /**
   * Returns a copy with a description shown in the portal.
   *
   * @param value the description, may be empty
   * @return the changed copy
   */
  public SharedCartRequest withDescription(String value) {
    return new SharedCartRequest(seriesUids, name, Objects.requireNonNull(value, "description"), descriptionUrl,
        chunkSize);
  }

  /**
   * Returns a copy with a URL describing the cart (form field {@code url}).
   *
   * @param value the URL, may be empty
   * @return the changed copy
   */
  public SharedCartRequest withDescriptionUrl(String value) {
    return new SharedCartRequest(seriesUids, name, description, Objects.requireNonNull(value, "descriptionUrl"),
        chunkSize);
  }

  /**
   * Returns a copy with another number of series per cart.
   *
   * @param value the chunk size, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException when less than 1
   */
  public SharedCartRequest withChunkSize(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, was " + value);
    }
    return new SharedCartRequest(seriesUids, name, description, descriptionUrl, value);
  }

  /**
   * Returns the series.
   *
   * @return the UIDs, unmodifiable
   */
  public List<String> seriesUids() {
    return seriesUids;
  }

  /**
   * Returns the cart name, when one was set.
   *
   * @return the name, or empty for a random {@code nbia-<digits>} name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the description.
   *
   * @return the description, possibly empty
   */
  public String description() {
    return description;
  }

  /**
   * Returns the description URL.
   *
   * @return the URL, possibly empty
   */
  public String descriptionUrl() {
    return descriptionUrl;
  }

  /**
   * Returns the number of series per cart.
   *
   * @return the chunk size
   */
  public int chunkSize() {
    return chunkSize;
  }

  @Override
  public String toString() {
    return "SharedCartRequest[" + seriesUids.size() + " series, name=" + (name == null ? "(random)" : name)
        + ", chunkSize=" + chunkSize + "]";
  }
}
