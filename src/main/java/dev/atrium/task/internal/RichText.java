package dev.atrium.task.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Text;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A task's description: the shared rich-text editor's ProseMirror JSON, a {@code doc} node of at most
 * 256 KiB as JSON whose text passes the rule for multi-line text. The server never renders it; it
 * keeps its text, one line per block, for search and notices.
 */
public final class RichText {

  /** The largest description, as JSON: 256 KiB. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Set<String> INLINE = Set.of("text", "hardBreak", "mention", "emoji");

  private RichText() {}

  /** A checked description: its JSON as stored and its text. */
  public record Checked(String json, String text) {}

  public static Checked check(ObjectMapper json, JsonNode doc) {
    String serialized = json.writeValueAsString(doc);
    if (serialized.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.description-too-long",
          "The description is larger than " + MAX_BYTES / 1024 + " KiB.",
          Map.of("maxBytes", MAX_BYTES));
    }
    if (!doc.isObject() || !"doc".equals(doc.path("type").asString(""))) {
      throw DomainException.badRequest(
          "task.description-invalid", "The description is not a document of the editor.");
    }
    StringBuilder text = new StringBuilder();
    try {
      collect(doc, text);
    } catch (Text.Refused e) {
      throw DomainException.badRequest(
          "task.description-invalid", Objects.requireNonNull(e.getMessage()));
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
