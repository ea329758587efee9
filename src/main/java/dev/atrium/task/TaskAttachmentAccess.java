package dev.atrium.task;

import dev.atrium.access.Subject;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A file hung on a task is readable by whoever may see the task. */
@Component
class TaskAttachmentAccess implements FileReadPolicy {

  private final TaskReader reader;

  TaskAttachmentAccess(TaskReader reader) {
    this.reader = reader;
  }

  @Override
  public String ownerKind() {
    return Tasks.FILE_OWNER;
  }

  @Override
  public boolean mayRead(Subject subject, UUID taskId) {
    return reader.find(subject, taskId).isPresent();
  }
}
