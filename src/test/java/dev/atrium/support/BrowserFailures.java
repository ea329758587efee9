package dev.atrium.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails, keeps what its browsers showed (target/screenshots/failed-*.png) before its
 * {@code @AfterEach} closes them; tests that opened no browser are untouched.
 */
public final class BrowserFailures implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    Browsers.captureOpenPages(context.getRequiredTestClass().getSimpleName() + "-"
        + context.getRequiredTestMethod().getName());
    throw thrown;
  }
}
