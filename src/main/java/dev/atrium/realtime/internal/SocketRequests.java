package dev.atrium.realtime.internal;

import dev.atrium.access.Subject;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.SocketRequest;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.RequestLimits;
import dev.atrium.shared.web.Problems;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers the requests clients send over their socket ({@link SocketRequest}) as HTTP would: a
 * socket opened by a read-only token may not write ({@code auth.token-scope}), each request draws
 * on the person's request budget shared with HTTP ({@code request.rate-limited}), and what the
 * module's service throws becomes the same problem document the HTTP API answers.
 */
@Component
class SocketRequests {

  /** The longest {@code ref} a client may give a request; it is echoed in the ack. */
  static final int MAX_REF = 100;

  private static final Logger log = LoggerFactory.getLogger(SocketRequests.class);

  private final Map<String, SocketRequest> byType;
  private final RequestLimits limits;
  private final ObjectMapper json;

  SocketRequests(List<SocketRequest> requests, RequestLimits limits, ObjectMapper json) {
    this.byType = requests.stream()
        .collect(Collectors.toUnmodifiableMap(SocketRequest::type, Function.identity()));
    this.limits = limits;
    this.json = json;
  }

  boolean handles(String type) {
    return byType.containsKey(type);
  }

  /** The ack for one request frame; empty when the frame has no usable {@code ref} (the socket is then closed). */
  Optional<Frame.Ack> answer(Subject subject, boolean writes, JsonNode frame) {
    JsonNode ref = frame.path("ref");
    if (!ref.isString() || ref.asString().isEmpty() || ref.asString().length() > MAX_REF) {
      return Optional.empty();
    }
    return Optional.of(ack(
        ref.asString(),
        answer(
            subject,
            writes,
            Objects.requireNonNull(byType.get(frame.path("type").asString())),
            frame)));
  }

  private SocketRequest.Answer answer(
      Subject subject, boolean writes, SocketRequest request, JsonNode frame) {
    if (request.writes() && !writes) {
      return refusal(Problems.of(
          HttpStatus.FORBIDDEN,
          "auth.token-scope",
          "This token's scopes do not allow this request."));
    }
    OptionalLong wait = limits.take(subject.personId().toString());
    if (wait.isPresent()) {
      return refusal(Problems.of(
          HttpStatus.TOO_MANY_REQUESTS,
          "request.rate-limited",
          "Too many requests; slow down.",
          Map.of("retryAfterSeconds", wait.getAsLong())));
    }
    try {
      return request.answer(subject, frame);
    } catch (DomainException e) {
      return refusal(Problems.of(
          e.status(), e.code(), Objects.requireNonNull(e.getMessage()), e.properties()));
    } catch (ConstraintViolationException e) {
      return refusal(Problems.invalid(e.getConstraintViolations()));
    } catch (JacksonException | IllegalArgumentException e) {
      return refusal(Problems.unreadable(e));
    } catch (DuplicateKeyException e) {
      return refusal(Problems.of(
          HttpStatus.CONFLICT,
          "conflict.duplicate",
          "Something with the same name or e-mail was just created; reload and try again."));
    } catch (RuntimeException e) {
      log.error("Unhandled error in a {} request over the socket", request.type(), e);
      return refusal(Problems.of(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "internal",
          "Something went wrong on our side; it has been logged."));
    }
  }

  private static SocketRequest.Answer refusal(ProblemDetail problem) {
    return new SocketRequest.Answer(problem.getStatus(), problem);
  }

  private Frame.Ack ack(String ref, SocketRequest.Answer answer) {
    return new Frame.Ack(ref, answer.status(), json.valueToTree(answer.body()));
  }
}
