package dev.atrium.mail.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A draft's editor document (TipTap JSON) as the HTML a mail carries: the editor's nodes and marks
 * as plain elements, every text escaped, links only to http, https and mailto.
 */
public final class TipTapHtml {

  private static final Map<String, String> BLOCKS = Map.of(
      "paragraph", "p",
      "blockquote", "blockquote",
      "bulletList", "ul",
      "orderedList", "ol",
      "listItem", "li",
      "codeBlock", "pre",
      "horizontalRule", "hr");

  private TipTapHtml() {}

  public static String render(@Nullable JsonNode doc) {
    StringBuilder html = new StringBuilder();
    if (doc != null) {
      node(doc, html);
    }
    return html.toString();
  }

  private static void node(JsonNode node, StringBuilder html) {
    String type = node.path("type").asString("");
    if ("text".equals(type)) {
      text(node, html);
      return;
    }
    if ("hardBreak".equals(type)) {
      html.append("<br>");
      return;
    }
    if ("mention".equals(type)) {
      html.append('@').append(escape(node.path("attrs").path("label").asString("")));
      return;
    }
    String tag = "heading".equals(type)
        ? "h" + Math.clamp(node.path("attrs").path("level").asInt(2), 1, 6)
        : BLOCKS.get(type);
    if (tag != null) {
      html.append('<').append(tag).append('>');
    }
    for (JsonNode child : node.path("content")) {
      node(child, html);
    }
    if (tag != null && !"hr".equals(tag)) {
      html.append("</").append(tag).append('>');
    }
  }

  private static void text(JsonNode node, StringBuilder html) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (JsonNode mark : node.path("marks")) {
      String tag = switch (mark.path("type").asString("")) {
        case "bold" -> "strong";
        case "italic" -> "em";
        case "strike" -> "s";
        case "underline" -> "u";
        case "code" -> "code";
        case "link" -> "a";
        default -> null;
      };
      if (tag == null) {
        continue;
      }
      if ("a".equals(tag)) {
        String href = mark.path("attrs").path("href").asString("");
        if (!href.matches("(?i)^(https?:|mailto:).*")) {
          continue;
        }
        open.append("<a href=\"").append(escape(href)).append("\">");
      } else {
        open.append('<').append(tag).append('>');
      }
      close.insert(0, "</" + tag + ">");
    }
    html.append(open).append(escape(node.path("text").asString(""))).append(close);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
