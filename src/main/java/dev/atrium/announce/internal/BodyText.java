package dev.atrium.announce.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Text;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The rules for an announcement's body, the doc editor's ProseMirror JSON: a {@code doc} node of at
 * most 512 KiB as JSON, whose text passes the rule for multi-line text ({@link Text#verbatim}: no
 * NUL, which PostgreSQL's jsonb cannot hold). The server never renders it; it keeps its text, one
 * line per block, for search, excerpts and the size of a version.
 */
public final class BodyText {

  /** The largest body, as JSON: 512 KiB. */
  public static final int MAX_BYTES = 512 * 1024;

  private static final Pattern FILE = Pattern.compile(
      "(?:^|/api/v1/files/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:$|[/?#])");

  private static final Set<String> INLINE = Set.of("text", "hardBreak", "mention", "emoji");

  private BodyText() {}

  /** A checked body: its JSON as stored and its text. */
  public record Checked(String json, String text) {}

  public static Checked check(ObjectMapper json, JsonNode body) {
    String serialized = json.writeValueAsString(body);
    if (serialized.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "announce.body-too-large",
          "The text is larger than " + MAX_BYTES / 1024 + " KiB.",
          Map.of("maxBytes", MAX_BYTES));
    }
    if (!body.isObject() || !"doc".equals(body.path("type").asString(""))) {
      throw DomainException.badRequest(
          "announce.body-invalid", "The text is not a document of the editor.");
    }
    StringBuilder text = new StringBuilder();
    try {
      collect(body, text);
    } catch (Text.Refused e) {
      throw DomainException.badRequest(
          "announce.body-invalid", java.util.Objects.requireNonNull(e.getMessage()));
    }
    return new Checked(serialized, text.toString().strip());
  }

  private static void collect(JsonNode node, StringBuilder text) {
    String type = node.path("type").asString("");
    if (node.path("text").isString()) {
      text.append(Text.verbatim(node.path("text").asString()));
    } else if ("hardBreak".equals(type)) {
      text.append('\n');
    } else if ("mention".equals(type) && node.path("attrs").path("label").isString()) {
      text.append('@').append(Text.verbatim(node.path("attrs").path("label").asString()));
    }
    JsonNode content = node.path("content");
    if (content.isArray()) {
      for (JsonNode child : content) {
        collect(child, text);
      }
    }
    if (!INLINE.contains(type) && !type.isEmpty() && !type.equals("doc")) {
      text.append('\n');
    }
  }

  /**
   * The files the body shows (images, file links): ids in an {@code attrs.fileId}, or in a
   * {@code src}/{@code href} of the form {@code /api/v1/files/<id>}. They are hung on the
   * announcement so its readers may download them.
   */
  public static Set<UUID> fileIds(JsonNode body) {
    Set<UUID> ids = new LinkedHashSet<>();
    files(body, ids);
    return ids;
  }

  private static void files(JsonNode node, Set<UUID> ids) {
    JsonNode attrs = node.path("attrs");
    for (String field : List.of("fileId", "src", "href")) {
      Matcher m = FILE.matcher(attrs.path(field).asString(""));
      if (m.find()) {
        ids.add(UUID.fromString(m.group(1)));
      }
    }
    JsonNode content = node.path("content");
    if (content.isArray()) {
      for (JsonNode child : content) {
        files(child, ids);
      }
    }
    JsonNode marks = node.path("marks");
    if (marks.isArray()) {
      for (JsonNode mark : marks) {
        files(mark, ids);
      }
    }
  }

  /** The start of the text, for lists and cards: whitespace folded, at most {@code length} characters. */
  public static String excerpt(String text, int length) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= length
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
  }
}
