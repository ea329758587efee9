package dev.atrium.shared.web;

import dev.atrium.shared.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every query string to the rule for text from outside before anything reads it: each name
 * and value must decode as UTF-8 (Tomcat failed the whole request on {@code ?q=%FF%FE} with a 500)
 * and pass {@link Text#name} (a NUL reached PostgreSQL). Query values are not stored, so their bidi
 * controls are left alone. Only the query string is read: a request body is never parsed here,
 * before the caller is known.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStrings extends OncePerRequestFilter {

  private final ProblemWriter problems;

  QueryStrings(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Problems.FieldError> refused = refusal(request.getQueryString());
    if (refused.isPresent()) {
      problems.write(response, Problems.invalid(List.of(refused.get())));
      return;
    }
    chain.doFilter(request, response);
  }

  static Optional<Problems.FieldError> refusal(@Nullable String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      try {
        String decodedName = decode(name);
        try {
          Text.name(decodedName);
          Text.name(equals < 0 ? "" : decode(pair.substring(equals + 1)));
        } catch (Text.Refused e) {
          return Optional.of(new Problems.FieldError(
              decodedName, "characters", Objects.requireNonNull(e.getMessage())));
        }
      } catch (CharacterCodingException | IllegalArgumentException e) {
        return Optional.of(new Problems.FieldError(
            safe(name), "characters", "Not UTF-8 text in the query string."));
      }
    }
    return Optional.empty();
  }

  /** Percent-decodes as a form does ({@code +} is a space), refusing bytes that are not UTF-8. */
  private static String decode(String encoded) throws CharacterCodingException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length()) {
        bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
        i += 2;
      } else if (c == '%') {
        throw new IllegalArgumentException("A % without two hex digits");
      } else {
        bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes.toByteArray()))
        .toString();
  }

  /** A parameter name fit to echo: its printable ASCII only. */
  private static String safe(String name) {
    return name.replaceAll("[^\\x21-\\x7E]", "");
  }
}
