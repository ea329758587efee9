package dev.atrium.shared.data;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link StartupFailure} as its two plain lines, in place of Spring's stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailure> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupFailure cause) {
    String details = cause.log() == null ? "" : " Details: " + cause.log();
    return new FailureAnalysis(cause.problem() + details, cause.fix(), cause);
  }
}
