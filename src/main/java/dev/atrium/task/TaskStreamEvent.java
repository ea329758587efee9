package dev.atrium.task;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a project's stream carries (stream kind {@code task.project}), heard by the people who may
 * view the project. Cards and sections travel whole, as they now are: a client applies an entry by
 * replacing (or removing) what has that id, so applying the entries equals a refetch.
 */
public sealed interface TaskStreamEvent {

  /** A top-level task was created, changed, moved, completed or reopened, or came into the project. */
  @JsonTypeName("task.upserted")
  record TaskUpserted(TaskCard card) implements TaskStreamEvent {}

  /** A task left the board: deleted, or moved to another project. */
  @JsonTypeName("task.removed")
  record TaskRemoved(UUID taskId) implements TaskStreamEvent {}

  /** A section was made, renamed or moved (the others' positions follow in their own entries). */
  @JsonTypeName("section.upserted")
  record SectionUpserted(Section section) implements TaskStreamEvent {}

  /** A section was deleted; its tasks went to {@code movedTo} (their cards follow as upserts). */
  @JsonTypeName("section.removed")
  record SectionRemoved(UUID sectionId, @Nullable UUID movedTo) implements TaskStreamEvent {}

  /** The project's settings or grants changed: refetch the project. */
  @JsonTypeName("project.updated")
  record ProjectUpdated(UUID projectId) implements TaskStreamEvent {}
}
