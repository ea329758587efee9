package dev.atrium.shared.web;

import dev.atrium.shared.DomainException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure to problem+json with a stable code; nothing else ever reaches a client. */
@RestControllerAdvice
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
    Object retryAfter = e.properties().get("retryAfterSeconds");
    if (retryAfter != null) {
      answer.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
    }
    // RFC 9110: a 416 names the resource's length, so the client can ask again for a part that
    // exists
    Object resourceLength = e.properties().get("resourceLength");
    if (e.status() == HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE && resourceLength != null) {
      answer.header(HttpHeaders.CONTENT_RANGE, "bytes */" + resourceLength);
    }
    return answer.body(
        Problems.of(e.status(), e.code(), Objects.requireNonNull(e.getMessage()), e.properties()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    return Problems.invalid(e.getBindingResult().getFieldErrors().stream()
        .map(f -> new Problems.FieldError(
            f.getField(), Problems.fieldCode(f.getCode()), String.valueOf(f.getDefaultMessage())))
        .toList());
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameters(HandlerMethodValidationException e) {
    return Problems.invalid(e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> new Problems.FieldError(
                String.valueOf(r.getMethodParameter().getParameterName()),
                Problems.fieldCode(
                    err.getCodes() == null || err.getCodes().length == 0
                        ? null
                        : err.getCodes()[err.getCodes().length - 1]),
                String.valueOf(err.getDefaultMessage()))))
        .toList());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalidConstraint(ConstraintViolationException e) {
    return Problems.invalid(e.getConstraintViolations().stream()
        .map(v -> new Problems.FieldError(
            lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
        .toList());
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class
  })
  ProblemDetail unreadable(Exception e) {
    return Problems.unreadable(e);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.invalid(
        List.of(new Problems.FieldError(e.getName(), "type", "Not a valid value.")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return Problems.invalid(
        List.of(new Problems.FieldError(e.getParameterName(), "required", "Required.")));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE, "request.too-large", "The upload is larger than allowed.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return Problems.of(
        HttpStatus.METHOD_NOT_ALLOWED,
        "request.method-not-allowed",
        "This method is not allowed here.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.of(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "request.media-type",
        "This content type is not accepted here.");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return Problems.of(
        HttpStatus.NOT_ACCEPTABLE,
        "request.not-acceptable",
        "This resource is not available in the requested format.");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Nothing is here.");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "access.denied", "You may not do this.");
  }

  @ExceptionHandler(AuthenticationException.class)
  ProblemDetail unauthenticated(AuthenticationException e) {
    return Problems.of(HttpStatus.UNAUTHORIZED, "auth.required", "Sign in first.");
  }

  /** Two requests raced past the same uniqueness check; the loser learns it as a conflict, not a crash. */
  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "conflict.duplicate",
        "Something with the same name or e-mail was just created; reload and try again.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unhandled error", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Something went wrong on our side; it has been logged.");
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
