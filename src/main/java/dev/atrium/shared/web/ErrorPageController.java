package dev.atrium.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page: what a filter or servlet sends with {@code sendError}, or throws,
 * outside Spring MVC's controller advice. A problem document, where Spring Boot would write its own JSON.
 */
@Controller
class ErrorPageController implements ErrorController {

  private final ProblemWriter problems;

  ErrorPageController(ProblemWriter problems) {
    this.problems = problems;
  }

  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly, not as an error page: there is nothing here
    int status =
        code == null ? 404 : code instanceof Integer number && number >= 400 ? number : 500;
    problems.write(response, Problems.forStatus(HttpStatusCode.valueOf(status)));
  }
}
