/**
 * The exceptions of tcia4j. All are unchecked and extend
 * {@link io.github.tcia4j.common.error.TciaException}; messages name the method, the redacted URL,
 * the status and the start of the body, so a log line alone tells what failed.
 */
package io.github.tcia4j.common.error;
