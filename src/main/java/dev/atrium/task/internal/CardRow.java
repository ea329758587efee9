package dev.atrium.task.internal;

import dev.atrium.task.Priority;
import dev.atrium.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a card shows, as read; assignees by id (the service names them). */
public record CardRow(
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
    List<UUID> assigneeIds,
    int subtaskCount,
    int subtasksDone,
    int checklistCount,
    int checklistDone,
    int commentCount,
    boolean blocked,
    @Nullable String source,
    Instant updatedAt) {}
