package dev.atrium.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other parts of Atrium (notices, search, links) know of a task: no rich text, its plain text.
 */
public record TaskView(
    UUID id,
    @Nullable UUID projectId,
    @Nullable String projectName,
    @Nullable UUID parentId,
    String title,
    String descriptionText,
    TaskState state,
    Priority priority,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    boolean allDay,
    String timeZone,
    List<String> tags,
    List<Integer> reminders,
    UUID creatorId,
    List<UUID> assigneeIds,
    List<UUID> followerIds,
    @Nullable Instant completedAt,
    @Nullable UUID completedBy,
    Instant createdAt,
    Instant updatedAt) {}
