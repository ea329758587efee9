package dev.atrium.chat.internal;

import dev.atrium.chat.Message;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A message's text as one line of an alert shows it: mentions as the names people see, cut short. */
@Component
public class PlainText {

  private final OrgDirectory directory;

  PlainText(OrgDirectory directory) {
    this.directory = directory;
  }

  /** At most {@code max} code points of the body, with "…" when cut. */
  public String excerpt(String body, int max) {
    Matcher matcher = Message.MENTION.matcher(body);
    Set<UUID> named = new HashSet<>();
    while (matcher.find()) {
      UUID id = id(matcher.group(1));
      if (id != null) {
        named.add(id);
      }
    }
    Map<UUID, String> names = directory.summaries(named).stream()
        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name, (a, b) -> a));
    String plain = Message.MENTION
        .matcher(body)
        .replaceAll(match -> {
          String token = match.group(1);
          UUID id = id(token);
          String name = id != null
              ? names.getOrDefault(id, "…")
              : token.startsWith("&") ? department(token.substring(1)) : token;
          return Matcher.quoteReplacement("@" + name);
        })
        .strip();
    return cut(plain, max);
  }

  /** At most {@code max} code points of the text, with "…" when cut. */
  public static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
  }

  private String department(String token) {
    UUID id = id(token);
    return id == null ? "…" : directory.departmentName(id).orElse("…");
  }

  private static @Nullable UUID id(String token) {
    try {
      return UUID.fromString(token);
    } catch (IllegalArgumentException notAPerson) {
      return null;
    }
  }
}
