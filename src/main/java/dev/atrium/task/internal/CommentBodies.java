package dev.atrium.task.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's body as chat writes a message's: Markdown, with people mentioned as
 * {@code <@personId>} tokens. Only person tokens mention anyone on a task; chat's {@code <@all>},
 * {@code <@channel>} and {@code <@&department>} are left as text (a task has no channel to call).
 */
public final class CommentBodies {

  /** A person mentioned, as the body stores it (chat's token). */
  public static final Pattern MENTION = Pattern.compile(
      "<@([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})>");

  /** At most this many characters in a body, as chat's messages. */
  public static final int MAX_LENGTH = 10_000;

  /** At most this many different people mentioned in one comment. */
  public static final int MAX_MENTIONS = 50;

  private static final int EXCERPT = 200;

  private CommentBodies() {}

  /** The people the body mentions, in the order they first appear, each once. */
  public static Set<UUID> mentioned(String body) {
    Set<UUID> people = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(body);
    while (matcher.find()) {
      people.add(UUID.fromString(matcher.group(1)));
    }
    return people;
  }

  /**
   * The body as one line of plain text for a notice: mentions by name ({@code @…} when the name is
   * not known), white space collapsed, cut at 200 characters (code points, so no character is
   * halved).
   */
  public static String excerpt(String body, Map<UUID, String> names) {
    String text = MENTION
        .matcher(body)
        .replaceAll(match -> Matcher.quoteReplacement(
            "@" + names.getOrDefault(UUID.fromString(match.group(1)), "…")))
        .replaceAll("\\s+", " ")
        .strip();
    return text.codePointCount(0, text.length()) <= EXCERPT
        ? text
        : text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "…";
  }
}
