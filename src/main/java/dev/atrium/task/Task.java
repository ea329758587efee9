package dev.atrium.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One task with everything on it, as its detail shows it. {@code description} is the rich-text
 * editor's ProseMirror JSON; {@code reminders} are minutes before {@code dueAt}; {@code recurrence}
 * an RRULE (RFC 5545) whose next occurrence is made when this one is completed.
 */
public record Task(
    UUID id,
    @Nullable UUID projectId,
    @Nullable String projectName,
    @Nullable UUID sectionId,
    String rank,
    @Nullable UUID parentId,
    String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode description,

    TaskState state,
    Priority priority,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    boolean allDay,
    String timeZone,
    List<String> tags,
    List<ChecklistItem> checklist,
    List<TaskAttachment> attachments,
    List<Integer> reminders,
    @Nullable String recurrence,
    TaskPerson creator,
    List<TaskPerson> assignees,
    List<TaskPerson> followers,
    List<TaskRef> blockedBy,
    List<TaskRef> blocking,
    List<TaskCard> subtasks,

    @Schema(implementation = java.util.Map.class, description = "Where the task came from")
    @Nullable
    JsonNode source,

    @Nullable Instant completedAt,
    @Nullable TaskPerson completedBy,
    int commentCount,
    Instant createdAt,
    Instant updatedAt,
    TaskCapabilities capabilities) {}
