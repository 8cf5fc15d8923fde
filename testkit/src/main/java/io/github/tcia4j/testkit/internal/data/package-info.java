/**
 * Building the sandbox data sets: the built-in synthetic collections, custom collections from
 * {@code CollectionSpec}, and data sets loaded from recorded {@code getSeries} answers. Not
 * public API.
 */
package io.github.tcia4j.testkit.internal.data;
