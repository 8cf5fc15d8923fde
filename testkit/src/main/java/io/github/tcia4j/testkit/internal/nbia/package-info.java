/**
 * The NBIA endpoints, one class per group, and their shared helpers (visibility, value
 * matching, date formats, column sets). Not public API.
 *
 * <p>{@link io.github.tcia4j.testkit.internal.nbia.NbiaRoutes} is the one place where endpoint
 * groups are registered; the download endpoints ({@code getImage}, {@code getSingleImage},
 * {@code getDicomTags}, ...) are added there as one more group.
 */
package io.github.tcia4j.testkit.internal.nbia;
