package io.github.tcia4j.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A custom synthetic collection to add to a sandbox (benchmarks ask for, say, 40 series of
 * 25 MB, or one series of 2 GB). Sizes are computed arithmetically; no pixel is generated at
 * start.
 *
 * @param name the collection name (any text, e.g. {@code SBX-Bench-CT})
 * @param modality the modality of every series: CT, MR, PT, CR, DX, MG, US or NM
 * @param seriesCount the number of series
 * @param imagesPerSeries the number of images per series
 * @param rows image rows; 0 uses the sandbox's image matrix
 * @param columns image columns; 0 uses the sandbox's image matrix
 * @param patients how many patients share the series (round-robin); 0 means one per series, up
 *     to 10
 * @param host the host that serves the collection
 * @param bodyPart the BodyPartExamined, if any
 */
public record CollectionSpec(String name, String modality, int seriesCount, int imagesPerSeries,
    int rows, int columns, int patients, Host host, Optional<String> bodyPart) {

  /** The modalities a custom collection may use (image modalities with pixel data). */
  public static final Set<String> MODALITIES =
      Set.of("CT", "MR", "PT", "CR", "DX", "MG", "US", "NM");

  /**
   * Checks the components.
   *
   * @param name the name
   * @param modality the modality
   * @param seriesCount the series count
   * @param imagesPerSeries the images per series
   * @param rows the rows
   * @param columns the columns
   * @param patients the patients
   * @param host the host
   * @param bodyPart the body part
   * @throws IllegalArgumentException if a value is out of range, naming it
   */
  public CollectionSpec {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A collection name must not be blank");
    }
    Objects.requireNonNull(modality, "modality");
    modality = modality.toUpperCase(Locale.ROOT);
    if (!MODALITIES.contains(modality)) {
      throw new IllegalArgumentException("Modality '" + modality + "' is not supported for a "
          + "custom collection; use one of " + MODALITIES);
    }
    if (seriesCount < 1 || imagesPerSeries < 1) {
      throw new IllegalArgumentException("seriesCount and imagesPerSeries must be >= 1, got "
          + seriesCount + " and " + imagesPerSeries);
    }
    if (rows < 0 || columns < 0 || rows > 16384 || columns > 16384 || (rows == 0) != (columns == 0)) {
      throw new IllegalArgumentException("rows and columns must both be 0 (sandbox default) or "
          + "both between 1 and 16384, got " + rows + "x" + columns);
    }
    if (patients < 0) {
      throw new IllegalArgumentException("patients must be >= 0, got " + patients);
    }
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(bodyPart, "bodyPart");
  }

  /**
   * A collection on the main host with the sandbox's image matrix.
   *
   * @param name the name
   * @param modality the modality
   * @param seriesCount the number of series
   * @param imagesPerSeries images per series
   * @return the spec
   */
  public static CollectionSpec of(String name, String modality, int seriesCount,
      int imagesPerSeries) {
    return builder(name, modality).seriesCount(seriesCount).imagesPerSeries(imagesPerSeries)
        .build();
  }

  /**
   * A builder with one series of one image on the main host.
   *
   * @param name the name
   * @param modality the modality
   * @return the builder
   */
  public static Builder builder(String name, String modality) {
    return new Builder(name, modality);
  }

  /** Builds a {@link CollectionSpec}. */
  public static final class Builder {
    private final String name;
    private final String modality;
    private int seriesCount = 1;
    private int imagesPerSeries = 1;
    private int rows;
    private int columns;
    private int patients;
    private Host host = Host.NBIA;
    private Optional<String> bodyPart = Optional.empty();

    private Builder(String name, String modality) {
      this.name = name;
      this.modality = modality;
    }

    /**
     * Sets the number of series.
     *
     * @param n the count
     * @return this builder
     */
    public Builder seriesCount(int n) {
      this.seriesCount = n;
      return this;
    }

    /**
     * Sets the number of images per series.
     *
     * @param n the count
     * @return this builder
     */
    public Builder imagesPerSeries(int n) {
      this.imagesPerSeries = n;
      return this;
    }

    /**
     * Sets the image matrix (16-bit pixels: a 512x512 image is about 0.5 MB).
     *
     * @param rows the rows
     * @param columns the columns
     * @return this builder
     */
    public Builder matrix(int rows, int columns) {
      this.rows = rows;
      this.columns = columns;
      return this;
    }

    /**
     * Sets how many patients share the series.
     *
     * @param n the count; 0 for one per series up to 10
     * @return this builder
     */
    public Builder patients(int n) {
      this.patients = n;
      return this;
    }

    /**
     * Sets the host.
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(Host host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the body part.
     *
     * @param bodyPart the BodyPartExamined
     * @return this builder
     */
    public Builder bodyPart(String bodyPart) {
      this.bodyPart = Optional.of(bodyPart);
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     * @throws IllegalArgumentException if a value is out of range
     */
    public CollectionSpec build() {
      return new CollectionSpec(name, modality, seriesCount, imagesPerSeries, rows, columns,
          patients, host, bodyPart);
    }
  }
}
