/**
 * Client for the DataCite REST API as used for TCIA DOIs (port of {@code tcia_utils.datacite}).
 *
 * <p>Not written yet: this module will hold {@code DataCiteClient} with {@code getDoi},
 * {@code getDerivedDois} and the DOI relation analysis.
 */
package io.github.tcia4j.datacite;
