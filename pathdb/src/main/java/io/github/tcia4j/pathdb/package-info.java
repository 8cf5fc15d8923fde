/**
 * Client for TCIA PathDB, the histopathology archive (port of {@code tcia_utils.pathdb}).
 *
 * <p>Not written yet: this module will hold {@code PathDbClient} with {@code getCollections},
 * {@code getImages}, {@code downloadImages} and the collection and submission reports.
 */
package io.github.tcia4j.pathdb;
