package dev.atrium.announce.internal;

import dev.atrium.shared.RichDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An announcement's body, a document of the shared rich-text editor ({@link RichDocument}) of at most
 * 512 KiB as JSON: its check, the files it shows and excerpts of its text.
 */
public final class BodyText {

  /** The largest body, as JSON: 512 KiB. */
  public static final int MAX_BYTES = 512 * 1024;

  private static final Pattern FILE = Pattern.compile(
      "(?:^|/api/v1/files/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:$|[/?#])");

  private BodyText() {}

  /** Checks an announcement's body: see {@link RichDocument#check}. */
  public static RichDocument.Checked check(ObjectMapper json, JsonNode body) {
    return RichDocument.check(
        json, body, MAX_BYTES, "announce.body-too-large", "announce.body-invalid");
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
