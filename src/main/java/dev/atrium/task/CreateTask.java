package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A new task. Without {@code projectId} it is personal (seen by its creator and the people on it);
 * without {@code sectionId} a project's task goes to the end of its first section; with
 * {@code parentId} it is a subtask of a top-level task (and in that task's project). {@code timeZone}
 * (IANA, default UTC) is where all-day dates and recurrence are counted; {@code reminders} are
 * minutes before {@code dueAt}. Lists left out are empty.
 */
public record CreateTask(
    @Nullable UUID projectId,
    @Nullable UUID sectionId,
    @Nullable UUID parentId,
    @NotNull String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode description,

    @Nullable @Size(max = 50) List<@NotNull UUID> assigneeIds,
    @Nullable @Size(max = 100) List<@NotNull UUID> followerIds,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    @Nullable Boolean allDay,
    @Nullable @Size(max = 64) String timeZone,
    @Nullable Priority priority,
    @Nullable @Size(max = 100) List<@NotNull String> tags,
    @Nullable @Size(max = 1000) List<@NotNull @Valid ChecklistItem> checklist,
    @Nullable @Size(max = 50) List<@NotNull UUID> attachmentFileIds,
    @Nullable @Size(max = 10) List<@NotNull Integer> reminders,
    @Nullable @Size(max = 500) String recurrence,
    @Nullable @Size(max = 100) List<@NotNull UUID> blockedByIds) {

  /** A task with a title and nothing else, for callers that fill in only some fields. */
  public static CreateTask titled(@Nullable UUID projectId, String title) {
    return new CreateTask(
        projectId, null, null, title, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }
}
