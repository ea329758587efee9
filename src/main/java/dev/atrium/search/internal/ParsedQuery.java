package dev.atrium.search.internal;

import dev.atrium.shared.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed, split into free text and filters: {@code in:#channel}, {@code from:@person},
 * {@code has:file|link}, {@code before:/after:/on:} dates (YYYY-MM-DD, {@code today},
 * {@code yesterday}) and {@code kind:}. Anything that looks like a filter but is not one is refused
 * rather than silently searched as text, so a typo does not quietly return the wrong results.
 *
 * @param text the free text, quotes kept (phrases), Chinese quotes made ASCII
 * @param after inclusive lower bound (start of that day in the person's time zone)
 * @param before exclusive upper bound
 */
public record ParsedQuery(
    String text,
    Set<String> channels,
    Set<String> people,
    Set<String> has,
    Set<String> kinds,
    @Nullable ZonedDateTime after,
    @Nullable ZonedDateTime before) {

  public static final int MAX_LENGTH = 500;
  static final Set<String> HAS = Set.of("file", "link");

  private static final Pattern FILTER = Pattern.compile("^([A-Za-z]+):(.*)$", Pattern.DOTALL);

  /** Whether there is text to match; punctuation alone is none. */
  public boolean hasText() {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  public static ParsedQuery parse(@Nullable String raw, Set<String> knownKinds, ZoneId zone) {
    String query = raw == null
        ? ""
        : raw.replace('“', '"').replace('”', '"').replace('\u3000', ' ').strip();
    if (query.isEmpty()) {
      throw DomainException.badRequest("search.empty-query", "Type something to search for.");
    }
    if (query.length() > MAX_LENGTH) {
      throw new DomainException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "search.query-too-long",
          "A search can be at most " + MAX_LENGTH + " characters long.",
          Map.of("max", MAX_LENGTH));
    }
    if (query.chars().filter(c -> c == '"').count() % 2 != 0) {
      throw DomainException.badRequest(
          "search.unbalanced-quotes", "A quotation mark is not closed; close it or remove it.");
    }
    var builder = new Builder();
    StringBuilder text = new StringBuilder();
    for (String token : tokens(query)) {
      Matcher filter = FILTER.matcher(token);
      if (filter.matches() && !filter.group(2).startsWith("//")) {
        builder.apply(
            filter.group(1).toLowerCase(Locale.ROOT),
            unquote(filter.group(2)),
            token,
            knownKinds,
            zone);
      } else {
        text.append(text.isEmpty() ? "" : " ").append(token);
      }
    }
    var parsed = builder.build(text.toString());
    if (!parsed.hasText()
        && parsed.channels.isEmpty()
        && parsed.people.isEmpty()
        && parsed.has.isEmpty()
        && parsed.after == null
        && parsed.before == null) {
      throw DomainException.badRequest("search.empty-query", "Type something to search for.");
    }
    if (parsed.after != null && parsed.before != null && !parsed.after.isBefore(parsed.before)) {
      throw DomainException.badRequest(
          "search.empty-date-range", "The dates leave no day to search in.");
    }
    return parsed;
  }

  /** Splits on white space outside quotes; a quoted part stays inside its token ({@code from:"Li Na"}). */
  static List<String> tokens(String query) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (Character.isWhitespace(c) && !quoted) {
        if (!current.isEmpty()) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static String unquote(String value) {
    String bare = value.startsWith("@") || value.startsWith("#") ? value.substring(1) : value;
    return bare.replace("\"", "").strip();
  }

  private static final class Builder {
    final Set<String> channels = new LinkedHashSet<>();
    final Set<String> people = new LinkedHashSet<>();
    final Set<String> has = new LinkedHashSet<>();
    final Set<String> kinds = new LinkedHashSet<>();

    @Nullable
    ZonedDateTime after;

    @Nullable
    ZonedDateTime before;

    void apply(String name, String value, String token, Set<String> knownKinds, ZoneId zone) {
      if (value.isEmpty()) {
        throw unknown(token);
      }
      switch (name) {
        case "in" -> channels.add(value);
        case "from" -> people.add(value);
        case "has" -> has.add(oneOf(value.toLowerCase(Locale.ROOT), HAS, token));
        case "kind", "type" -> kinds.add(oneOf(value.toLowerCase(Locale.ROOT), knownKinds, token));
        case "after" -> after = later(after, day(value, zone).plusDays(1));
        case "before" -> before = earlier(before, day(value, zone));
        case "on" -> {
          after = later(after, day(value, zone));
          before = earlier(before, day(value, zone).plusDays(1));
        }
        default -> throw unknown(token);
      }
    }

    ParsedQuery build(String text) {
      return new ParsedQuery(text, channels, people, has, kinds, after, before);
    }

    private static String oneOf(String value, Set<String> allowed, String token) {
      if (!allowed.contains(value)) {
        throw unknown(token);
      }
      return value;
    }

    private static ZonedDateTime day(String value, ZoneId zone) {
      LocalDate today = LocalDate.now(zone);
      LocalDate date;
      try {
        date = switch (value.toLowerCase(Locale.ROOT)) {
          case "today", "今天" -> today;
          case "yesterday", "昨天" -> today.minusDays(1);
          default -> LocalDate.parse(value.replace('/', '-'));
        };
      } catch (DateTimeException e) {
        throw badDate(value);
      }
      // ISO dates may carry a sign and a nine-digit year; the day after such a one, or its instant
      // in the index (epoch milliseconds), does not exist
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw badDate(value);
      }
      return date.atStartOfDay(zone);
    }

    private static DomainException badDate(String value) {
      return new DomainException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "search.bad-date",
          "Write dates as YYYY-MM-DD (or today, yesterday): " + value,
          Map.of("value", value));
    }

    private static ZonedDateTime later(@Nullable ZonedDateTime current, ZonedDateTime next) {
      return current == null || next.isAfter(current) ? next : current;
    }

    private static ZonedDateTime earlier(@Nullable ZonedDateTime current, ZonedDateTime next) {
      return current == null || next.isBefore(current) ? next : current;
    }

    private static DomainException unknown(String token) {
      return new DomainException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "search.unknown-filter",
          "Not a filter Atrium knows: " + token
              + ". Filters are in:, from:, has:file, has:link, before:, after:, on: and kind:;"
              + " put the text in quotes to search for it as written.",
          Map.of("filter", token));
    }
  }
}
