/**
 * The tcia4j sandbox: an embedded, deterministic emulator of TCIA's NBIA servers for tests and
 * offline demos.
 *
 * <p>Start one with {@link io.github.tcia4j.testkit.TciaSandbox#start()} or
 * {@link io.github.tcia4j.testkit.TciaSandbox#builder()}, or register
 * {@link io.github.tcia4j.testkit.TciaSandboxExtension} in a JUnit 5 test. Two hosts run on
 * 127.0.0.1 (the main NBIA server and the NLST server), each with its own data, tokens and
 * request log entries. The wire format follows the reference documents (NBIA v1, v2, v4 and the
 * unversioned "advanced" endpoints), including their quirks; see the module README.
 */
package io.github.tcia4j.testkit;
