package dev.atrium.task.internal;

import dev.atrium.task.Priority;
import dev.atrium.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code task.task} with its people. JSON columns are kept as their text ({@code
 * description}, {@code checklist}, {@code attachments}, {@code source}).
 */
public record TaskRow(
    UUID id,
    @Nullable UUID projectId,
    @Nullable UUID sectionId,
    String rank,
    @Nullable UUID parentId,
    String title,
    @Nullable String description,
    String descriptionText,
    TaskState state,
    Priority priority,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    boolean allDay,
    String timeZone,
    List<String> tags,
    String checklist,
    List<UUID> attachmentFileIds,
    String attachments,
    List<Integer> reminders,
    @Nullable String recurrence,
    @Nullable UUID seriesId,
    @Nullable Integer occurrence,
    @Nullable String source,
    UUID creatorId,
    @Nullable Instant completedAt,
    @Nullable UUID completedBy,
    int commentCount,
    Instant createdAt,
    Instant updatedAt,
    List<UUID> assigneeIds,
    List<UUID> followerIds) {}
