package dev.atrium.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A document of the shared rich-text editor (its ProseMirror JSON, as announcements and task
 * descriptions store it): a {@code doc} node of at most a module's size as JSON, whose text passes
 * the rule for multi-line text ({@link Text#verbatim}: no NUL, which PostgreSQL's jsonb cannot hold).
 * The server never renders one; it keeps its text, one line per block, for search, notices and
 * excerpts.
 */
public final class RichDocument {

  private static final Set<String> INLINE = Set.of("text", "hardBreak", "mention", "emoji");

  private RichDocument() {}

  /** A checked document: its JSON as stored and its text. */
  public record Checked(String json, String text) {}

  /**
   * Checks {@code doc}, refusing one larger than {@code maxBytes} as JSON with {@code tooLargeCode}
   * (the limit in {@code maxBytes}) and anything but an editor's document with {@code invalidCode}.
   */
  public static Checked check(
      ObjectMapper json, JsonNode doc, int maxBytes, String tooLargeCode, String invalidCode) {
    String serialized = json.writeValueAsString(doc);
    if (serialized.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          tooLargeCode,
          "The text is larger than " + maxBytes / 1024 + " KiB.",
          Map.of("maxBytes", maxBytes));
    }
    if (!doc.isObject() || !"doc".equals(doc.path("type").asString(""))) {
      throw DomainException.badRequest(invalidCode, "The text is not a document of the editor.");
    }
    StringBuilder text = new StringBuilder();
    try {
      collect(doc, text);
    } catch (Text.Refused e) {
      throw DomainException.badRequest(invalidCode, Objects.requireNonNull(e.getMessage()));
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
}
