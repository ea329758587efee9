package dev.atrium.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's error report, as a problem document instead of an HTML page: Tomcat answers some
 * requests itself before the application sees them (an encoded {@code /} or NUL in the path, a
 * backslash, headers over the size limit, a request line it cannot parse).
 */
final class ProblemReportValve extends ErrorReportValve {

  private final ProblemWriter problems;

  ProblemReportValve(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // the same guards as Tomcat's own report: an error, nothing written yet, reported once, and a
    // connection to write to
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean();
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      problems.write(response, Problems.forStatus(HttpStatusCode.valueOf(status)));
    } catch (IOException | IllegalStateException clientGone) {
      // nothing more can be said to this client
    }
  }
}
