package io.github.tcia4j.testkit.internal.download;

import io.github.tcia4j.testkit.data.License;
import java.util.Objects;

/**
 * The {@code LICENSE} entry of a {@code getImage} zip. The real text comes from a template on the
 * server (a heading, a sentence naming the collection, the licence name and URL, and a sentence
 * saying that downloading means accepting the licence); the sandbox writes its own text with the
 * same parts.
 */
public final class LicenseText {
  private LicenseText() {}

  /**
   * The licence text for a collection.
   *
   * @param collection the collection name
   * @param license the licence of the series (or of its collection)
   * @return the text, lines ending with {@code \n}
   */
  public static String of(String collection, License license) {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(license, "license");
    return "TCIA Data Usage License\n"
        + "\n"
        + "The images of the collection \"" + collection + "\" in this download are made "
        + "available under the " + license.name() + " (" + license.shortName() + "):\n"
        + license.uri() + "\n"
        + "\n"
        + "By downloading these data you agree to the terms of this license, including the "
        + "citation of the collection in any publication that uses it.\n"
        + "\n"
        + "(Served by the tcia4j sandbox: the images are synthetic and contain no patient "
        + "data.)\n";
  }
}
