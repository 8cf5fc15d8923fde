/**
 * JSON for the tcia4j clients: {@link io.github.tcia4j.common.json.JsonCodec} reads server
 * responses into records or generic ordered rows and writes values as JSON, hiding the JSON-B
 * implementation. Decoding failures throw
 * {@link io.github.tcia4j.common.error.TciaDecodeException}.
 */
package io.github.tcia4j.common.json;
