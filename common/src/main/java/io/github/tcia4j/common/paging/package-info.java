/**
 * Lazy paging: {@link io.github.tcia4j.common.paging.Paged} walks a paged server result page by
 * page while it is iterated, for the three schemes of the TCIA servers: offset and size (NBIA
 * simple search), page numbers until an empty page (PathDB) and next links (DataCite).
 */
package io.github.tcia4j.common.paging;
