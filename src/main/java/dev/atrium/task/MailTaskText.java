package dev.atrium.task;

import dev.atrium.search.LinkPreview;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What a task made of a mail says when the person leaves it to the mail: its subject and text. */
final class MailTaskText {

  private MailTaskText() {}

  /** The subject, or the sender for a mail without one; within a task title's length. */
  static String title(LinkPreview mail) {
    String title =
        mail.title().isBlank() ? "✉ " + mail.containerName() : mail.title().strip();
    if (title.length() <= Tasks.MAX_TITLE) {
      return title;
    }
    int end = Tasks.MAX_TITLE - 1;
    // never split a character outside the basic plane
    return title.substring(0, Character.isHighSurrogate(title.charAt(end - 1)) ? end - 1 : end)
        + "…";
  }

  /** The mail's text, a paragraph per paragraph, then a link back to the mail. */
  static JsonNode description(ObjectMapper json, LinkPreview mail, String link) {
    ObjectNode doc = json.createObjectNode().put("type", "doc");
    ArrayNode blocks = doc.putArray("content");
    for (String paragraph : mail.excerpt().split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        ObjectNode block = blocks.addObject().put("type", "paragraph");
        block.putArray("content").addObject().put("type", "text").put("text", paragraph.strip());
      }
    }
    ObjectNode back = blocks.addObject().put("type", "paragraph");
    ObjectNode text = back.putArray("content")
        .addObject()
        .put("type", "text")
        .put("text", mail.title().isBlank() ? link : mail.title());
    text.putArray("marks").addObject().put("type", "link").putObject("attrs").put("href", link);
    return doc;
  }

  /** The person's task with the title and description filled in. */
  static CreateTask with(CreateTask c, String title, JsonNode description) {
    return new CreateTask(
        c.projectId(),
        c.sectionId(),
        c.parentId(),
        title,
        description,
        c.assigneeIds(),
        c.followerIds(),
        c.startAt(),
        c.dueAt(),
        c.allDay(),
        c.timeZone(),
        c.priority(),
        c.tags(),
        c.checklist(),
        c.attachmentFileIds(),
        c.reminders(),
        c.recurrence(),
        c.blockedByIds());
  }
}
