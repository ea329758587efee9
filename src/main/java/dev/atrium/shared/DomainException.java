package dev.atrium.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand: a stable {@code code} (also the translation key of the web
 * client), an HTTP status and an English detail. Extra properties travel in the problem document.
 */
public class DomainException extends RuntimeException {

  private final String code;
  private final HttpStatus status;
  private final Map<String, Object> properties;

  public DomainException(HttpStatus status, String code, String detail) {
    this(status, code, detail, Map.of());
  }

  public DomainException(
      HttpStatus status, String code, String detail, Map<String, Object> properties) {
    super(detail);
    this.code = code;
    this.status = status;
    this.properties = properties;
  }

  public String code() {
    return code;
  }

  public HttpStatus status() {
    return status;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  public static DomainException notFound(String code, String detail) {
    return new DomainException(HttpStatus.NOT_FOUND, code, detail);
  }

  public static DomainException conflict(String code, String detail) {
    return new DomainException(HttpStatus.CONFLICT, code, detail);
  }

  public static DomainException badRequest(String code, String detail) {
    return new DomainException(HttpStatus.BAD_REQUEST, code, detail);
  }

  public static DomainException forbidden(String code, String detail) {
    return new DomainException(HttpStatus.FORBIDDEN, code, detail);
  }
}
