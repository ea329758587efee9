package dev.atrium.shared.web;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;

/** Builds the RFC 9457 documents every error answer uses; {@code code} is the client's translation key. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:atrium:problem:" + code));
    problem.setProperty("code", code);
    return problem;
  }

  public static ProblemDetail of(
      HttpStatusCode status, String code, String detail, Map<String, Object> properties) {
    ProblemDetail problem = of(status, code, detail);
    properties.forEach(problem::setProperty);
    return problem;
  }

  /**
   * The problem for an error only its status describes: one the servlet container or a framework
   * answered before any of our code could say more.
   */
  public static ProblemDetail forStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 401 -> of(status, "auth.required", "Sign in first.");
      case 403 -> of(status, "access.denied", "You may not do this.");
      case 404 -> of(status, "not-found", "Nothing is here.");
      case 405 -> of(status, "request.method-not-allowed", "This method is not allowed here.");
      case 406 ->
        of(
            status,
            "request.not-acceptable",
            "This resource is not available in the requested format.");
      case 413 -> of(status, "request.too-large", "The request is larger than allowed.");
      case 415 -> of(status, "request.media-type", "This content type is not accepted here.");
      default ->
        status.is5xxServerError()
            ? of(status, "internal", "Something went wrong on our side; it has been logged.")
            : of(status, "request.rejected", "The server could not read this request as sent.");
    };
  }

  /** One invalid field of a request, named as the client sent it. */
  public record FieldError(String field, String code, String message) {}

  public static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem =
        of(HttpStatusCode.valueOf(400), "validation.failed", "The request has invalid fields.");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** The failures of a command validated outside Spring MVC (a request over the socket), coded as for a request body. */
  public static ProblemDetail invalid(Set<? extends ConstraintViolation<?>> violations) {
    return invalid(violations.stream()
        .map(v -> new FieldError(
            v.getPropertyPath().toString(),
            fieldCode(
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
            v.getMessage()))
        .toList());
  }

  /**
   * A request body that could not be read: the field the input rules refused ({@link RequestJson}),
   * or {@code request.malformed} when it is not JSON of the expected shape.
   */
  public static ProblemDetail unreadable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestJson.RefusedInput refused) {
        return invalid(
            List.of(new FieldError(field(refused), refused.code, refused.getOriginalMessage())));
      }
    }
    return of(
        HttpStatusCode.valueOf(400),
        "request.malformed",
        "The request body is missing or is not valid JSON of the expected shape.");
  }

  /** The refused field as the client wrote it: {@code tags[2]}, {@code anchor.quote}. */
  private static String field(JacksonException refused) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference step : refused.getPath()) {
      if (step.getPropertyName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  /** A field error's code from the name of the violated constraint. */
  public static String fieldCode(@Nullable String constraint) {
    if (constraint == null) {
      return "invalid";
    }
    return switch (constraint) {
      case "NotBlank", "NotNull", "NotEmpty" -> "required";
      case "Size", "Length" -> "size";
      case "Email" -> "email";
      case "Pattern" -> "pattern";
      case "Min", "Max", "Positive", "PositiveOrZero" -> "range";
      default -> "invalid";
    };
  }
}
