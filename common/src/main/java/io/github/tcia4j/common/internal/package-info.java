/**
 * Implementation details of the tcia4j clients. Nothing here is public API: it may change in any
 * release without notice.
 */
package io.github.tcia4j.common.internal;
