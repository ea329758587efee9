package dev.atrium.task.internal;

import dev.atrium.task.Priority;
import dev.atrium.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task being made or changed, field by field, before it is written as a {@link TaskRow}. */
public final class TaskDraft {

  public UUID id;
  public @Nullable UUID projectId;
  public @Nullable UUID sectionId;
  public String rank;
  public @Nullable UUID parentId;
  public String title;
  public @Nullable String description;
  public String descriptionText;
  public TaskState state;
  public Priority priority;
  public @Nullable Instant startAt;
  public @Nullable Instant dueAt;
  public boolean allDay;
  public String timeZone;
  public List<String> tags;
  public String checklist;
  public List<UUID> attachmentFileIds;
  public String attachments;
  public List<Integer> reminders;
  public @Nullable String recurrence;
  public @Nullable UUID seriesId;
  public @Nullable Integer occurrence;
  public @Nullable String source;
  public UUID creatorId;
  public @Nullable Instant completedAt;
  public @Nullable UUID completedBy;
  public int commentCount;
  public Instant createdAt;
  public Instant updatedAt;
  public List<UUID> assigneeIds;
  public List<UUID> followerIds;

  public TaskDraft(TaskRow row) {
    id = row.id();
    projectId = row.projectId();
    sectionId = row.sectionId();
    rank = row.rank();
    parentId = row.parentId();
    title = row.title();
    description = row.description();
    descriptionText = row.descriptionText();
    state = row.state();
    priority = row.priority();
    startAt = row.startAt();
    dueAt = row.dueAt();
    allDay = row.allDay();
    timeZone = row.timeZone();
    tags = row.tags();
    checklist = row.checklist();
    attachmentFileIds = row.attachmentFileIds();
    attachments = row.attachments();
    reminders = row.reminders();
    recurrence = row.recurrence();
    seriesId = row.seriesId();
    occurrence = row.occurrence();
    source = row.source();
    creatorId = row.creatorId();
    completedAt = row.completedAt();
    completedBy = row.completedBy();
    commentCount = row.commentCount();
    createdAt = row.createdAt();
    updatedAt = row.updatedAt();
    assigneeIds = row.assigneeIds();
    followerIds = row.followerIds();
  }

  /** A new open task with no dates, people or content yet. */
  public static TaskDraft fresh(
      UUID id, UUID creatorId, String title, String timeZone, Instant at) {
    return new TaskDraft(new TaskRow(
        id,
        null,
        null,
        Ranks.between(null, null),
        null,
        title,
        null,
        "",
        TaskState.OPEN,
        Priority.NONE,
        null,
        null,
        false,
        timeZone,
        List.of(),
        "[]",
        List.of(),
        "[]",
        List.of(),
        null,
        null,
        null,
        null,
        creatorId,
        null,
        null,
        0,
        at,
        at,
        List.of(),
        List.of()));
  }

  public TaskRow row() {
    return new TaskRow(
        id,
        projectId,
        sectionId,
        rank,
        parentId,
        title,
        description,
        descriptionText,
        state,
        priority,
        startAt,
        dueAt,
        allDay,
        timeZone,
        tags,
        checklist,
        attachmentFileIds,
        attachments,
        reminders,
        recurrence,
        seriesId,
        occurrence,
        source,
        creatorId,
        completedAt,
        completedBy,
        commentCount,
        createdAt,
        updatedAt,
        assigneeIds,
        followerIds);
  }
}
