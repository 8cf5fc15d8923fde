package io.github.tcia4j.testkit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link TciaSandbox} for a JUnit 5 test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TciaSandboxExtension sandbox = TciaSandboxExtension.withDefaults();
 *
 * @Test
 * void lists(TciaSandbox s) { ... s.nbiaUrl() ... }
 * }</pre>
 *
 * <p>Registered on a static field, one sandbox serves the whole class (started before the first
 * test, closed after the last); on an instance field, each test gets its own. The request log
 * and counters are cleared before every test. Test methods may declare a {@link TciaSandbox}
 * parameter.
 */
public final class TciaSandboxExtension implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final TciaSandbox.Builder builder;
  private TciaSandbox sandbox;
  private boolean perTest;

  private TciaSandboxExtension(TciaSandbox.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * An extension with the sandbox defaults.
   *
   * @return the extension
   */
  public static TciaSandboxExtension withDefaults() {
    return new TciaSandboxExtension(TciaSandbox.builder());
  }

  /**
   * An extension starting its sandbox from a configured builder.
   *
   * @param builder the builder, e.g. {@code TciaSandbox.builder().seed(7)}
   * @return the extension
   */
  public static TciaSandboxExtension from(TciaSandbox.Builder builder) {
    return new TciaSandboxExtension(builder);
  }

  /**
   * The running sandbox.
   *
   * @return the sandbox
   * @throws IllegalStateException outside a test's lifetime
   */
  public synchronized TciaSandbox sandbox() {
    if (sandbox == null) {
      throw new IllegalStateException("The sandbox runs only while the test class runs; register "
          + "the extension with @RegisterExtension and use it from a test");
    }
    return sandbox;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (sandbox == null) {
      sandbox = builder.start();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (sandbox == null) {
      sandbox = builder.start();
      perTest = true;
    } else {
      sandbox.clearRequests();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
      perTest = false;
    }
  }

  private void stop() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == TciaSandbox.class;
  }

  @Override
  public synchronized Object resolveParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    if (sandbox == null) {
      sandbox = builder.start();
      perTest = true;
    }
    return sandbox;
  }
}
