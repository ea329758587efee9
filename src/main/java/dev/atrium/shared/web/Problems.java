package dev.atrium.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 documents every error answer uses; {@code code} is the client's translation key. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:atrium:problem:" + code));
    problem.setProperty("code", code);
    return problem;
  }

  public static ProblemDetail of(HttpStatusCode status, String code, String detail, Map<String, Object> properties) {
    ProblemDetail problem = of(status, code, detail);
    properties.forEach(problem::setProperty);
    return problem;
  }

  /** One invalid field of a request, named as the client sent it. */
  public record FieldError(String field, String code, String message) {}

  public static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = of(HttpStatusCode.valueOf(400), "validation.failed", "The request has invalid fields.");
    problem.setProperty("errors", errors);
    return problem;
  }
}
