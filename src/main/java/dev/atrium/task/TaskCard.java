package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A task as lists, boards and the project's stream carry it: the whole card as it now is, so a
 * client applies a stream entry by replacing the card with that id. {@code blocked}: a blocker is
 * still open. {@code source}: where the task came from (a chat message, a page, an announcement).
 * {@code projectName} only in My tasks (a board's cards share their project's).
 */
public record TaskCard(
    UUID id,
    @Nullable UUID projectId,
    @Nullable String projectName,
    @Nullable UUID sectionId,
    String rank,
    @Nullable UUID parentId,
    String title,
    TaskState state,
    Priority priority,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    boolean allDay,
    List<String> tags,
    List<TaskPerson> assignees,
    int subtaskCount,
    int subtasksDone,
    int checklistCount,
    int checklistDone,
    int commentCount,
    boolean blocked,

    @Schema(implementation = java.util.Map.class, description = "Where the task came from")
    @Nullable
    JsonNode source,

    Instant updatedAt) {}
