package dev.atrium.task.internal;

import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.task.TaskReader;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Cards for links to tasks ({@code /tasks/<id>}), in chat and wherever else links unfurl: title,
 * state, assignees, due date, project and the start of the description, for whoever may see the
 * task (anyone else gets no card, so the card never tells more than the link).
 */
@Component
class TaskLinkPreviews implements LinkPreviews {

  /** The longest excerpt of the description, in characters. */
  static final int EXCERPT = 200;

  private static final Pattern LINK = Pattern.compile(
      "^/tasks/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?$");

  private final TaskReader reader;
  private final OrgDirectory directory;

  TaskLinkPreviews(TaskReader reader, OrgDirectory directory) {
    this.reader = reader;
    this.directory = directory;
  }

  @Override
  public Optional<LinkPreview> preview(Subject subject, String path) {
    Matcher m = LINK.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return reader
        .find(subject, UUID.fromString(m.group(1)))
        .map(task -> new LinkPreview(
            "task",
            task.id(),
            task.title(),
            task.projectId(),
            task.projectName(),
            excerpt(task.descriptionText()),
            task.updatedAt(),
            task.state().name(),
            task.assigneeIds().stream()
                .map(directory::find)
                .flatMap(Optional::stream)
                .map(PersonRef::name)
                .toList(),
            task.dueAt()));
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= EXCERPT
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
