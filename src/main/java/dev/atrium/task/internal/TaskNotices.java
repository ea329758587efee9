package dev.atrium.task.internal;

import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.task.TaskAssigned;
import dev.atrium.task.TaskCommented;
import dev.atrium.task.TaskCompleted;
import dev.atrium.task.TaskReader;
import dev.atrium.task.TaskView;
import dev.atrium.task.internal.TaskJobsTable.DueStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tasks' notices (docs/tasks.md, "Notices"), each told only to people who may see the task now
 * ({@link TaskReader#maySee}) and never to whoever did it: assignments, comments (and mentions in
 * them), completions from durable listeners after task's commit; due soon, overdue, reminders and
 * the daily digest from {@link TaskJobs}, in the transaction that claims the step. Every notice is
 * keyed, so a replay tells no one twice.
 */
@Component
public class TaskNotices {

  static final String ASSIGNED = "task.assigned";
  static final String DUE_SOON = "task.due-soon";
  static final String OVERDUE = "task.overdue";
  static final String REMINDER = "task.reminder";
  static final String COMMENTED = "task.commented";
  static final String COMPLETED = "task.completed";
  static final String DIGEST = "task.digest";

  /** At most this many titles of tasks in a digest's second line. */
  private static final int DIGEST_TITLES = 5;

  private final Notices notices;
  private final TaskReader reader;
  private final TaskCommentsTable comments;
  private final OrgDirectory directory;

  TaskNotices(
      Notices notices, TaskReader reader, TaskCommentsTable comments, OrgDirectory directory) {
    this.notices = notices;
    this.reader = reader;
    this.comments = comments;
    this.directory = directory;
  }

  @Bean
  static NoticeKinds taskNoticeKinds() {
    return new NoticeKinds(
        "task", List.of(ASSIGNED, DUE_SOON, OVERDUE, REMINDER, COMMENTED, COMPLETED, DIGEST));
  }

  /** The people added as assignees; a second assignment before they read the first folds into it. */
  @ApplicationModuleListener
  void on(TaskAssigned event) {
    reader
        .view(event.taskId())
        .ifPresent(head -> publish(
            ASSIGNED,
            head,
            Set.copyOf(event.added()),
            event.actorId(),
            "taskNotices.assigned",
            Map.of(),
            null,
            new NoticeGrouping.FoldWhileUnread("task.assigned:" + head.id())));
  }

  /** Each of many tasks made at once, told to its assignee as an assignment is. */
  @ApplicationModuleListener
  void on(PersonalTasksMade event) {
    for (UUID taskId : event.taskIds()) {
      reader
          .view(taskId)
          .ifPresent(head -> publish(
              ASSIGNED,
              head,
              Set.copyOf(head.assigneeIds()),
              event.actorId(),
              "taskNotices.assigned",
              Map.of(),
              null,
              new NoticeGrouping.FoldWhileUnread("task.assigned:" + head.id())));
    }
  }

  /** The creator and the followers; completing it again after a reopen folds while unread. */
  @ApplicationModuleListener
  void on(TaskCompleted event) {
    reader.view(event.taskId()).ifPresent(head -> {
      Set<UUID> told = new LinkedHashSet<>(head.followerIds());
      told.add(head.creatorId());
      publish(
          COMPLETED,
          head,
          told,
          event.actorId(),
          "taskNotices.completed",
          Map.of(),
          null,
          new NoticeGrouping.FoldWhileUnread("task.completed:" + head.id()));
    });
  }

  /**
   * The mentioned ("mentioned you") first, then the assignees, followers and creator ("commented
   * on"), all under the comment's key: nobody is told of one comment twice, and an edit that
   * mentions someone new tells only them.
   */
  @ApplicationModuleListener
  void on(TaskCommented event) {
    TaskView head = reader.view(event.taskId()).orElse(null);
    TaskCommentsTable.Row comment = comments.find(event.commentId()).orElse(null);
    if (head == null || comment == null) {
      return;
    }
    Set<UUID> mentioned = new LinkedHashSet<>(event.mentioned());
    Map<UUID, String> names = directory.summaries(CommentBodies.mentioned(comment.body())).stream()
        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
    String excerpt = CommentBodies.excerpt(comment.body(), names);
    NoticeGrouping key = new NoticeGrouping.Once("task.comment:" + comment.id());
    publish(
        COMMENTED,
        head,
        mentioned,
        event.authorId(),
        "taskNotices.mentioned",
        Map.of(),
        excerpt,
        key);
    if (event.edit()) {
      return;
    }
    Set<UUID> people = new LinkedHashSet<>(head.assigneeIds());
    people.addAll(head.followerIds());
    people.add(head.creatorId());
    people.removeAll(mentioned);
    publish(
        COMMENTED, head, people, event.authorId(), "taskNotices.commented", Map.of(), excerpt, key);
  }

  /** A due-date step of {@link TaskJobs}: told to the assignees, or the creator when nobody is assigned. */
  void due(DueStep step) {
    TaskView head = reader.view(step.taskId()).orElse(null);
    if (head == null) {
      return;
    }
    Set<UUID> people = head.assigneeIds().isEmpty()
        ? Set.of(head.creatorId())
        : new LinkedHashSet<>(head.assigneeIds());
    String kind;
    String text;
    Map<String, String> params = Map.of();
    if (step.job().equals("due-soon")) {
      kind = DUE_SOON;
      text = step.allDay() ? "taskNotices.due-tomorrow" : "taskNotices.due-soon";
    } else if (step.job().equals("overdue")) {
      kind = OVERDUE;
      text = "taskNotices.overdue";
    } else {
      kind = REMINDER;
      int minutes = step.reminderMinutes();
      if (minutes % 1440 == 0 && minutes > 0) {
        text = "taskNotices.reminder-days";
        params = Map.of("count", String.valueOf(minutes / 1440));
      } else if (minutes % 60 == 0 && minutes > 0) {
        text = "taskNotices.reminder-hours";
        params = Map.of("count", String.valueOf(minutes / 60));
      } else {
        text = minutes == 0 ? "taskNotices.reminder-now" : "taskNotices.reminder-minutes";
        params = Map.of("count", String.valueOf(minutes));
      }
    }
    publish(
        kind,
        head,
        people,
        null,
        text,
        params,
        null,
        new NoticeGrouping.Once(
            "task." + step.job() + ":" + head.id() + ":" + step.dueAt().toEpochMilli()));
  }

  /**
   * A person's digest of the day that starts at {@code at} (08:30 there): how many of their open
   * tasks are due today and how many are overdue, the first titles as its second line. Answers
   * false, telling nothing, when none of the tasks is one they may see.
   */
  boolean digest(UUID personId, Instant at, List<UUID> taskIds) {
    List<TaskView> tasks = taskIds.stream()
        .map(reader::view)
        .flatMap(java.util.Optional::stream)
        .filter(head -> reader.maySee(personId, head.id()))
        .sorted(
            Comparator.comparing(TaskView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskView::id))
        .toList();
    if (tasks.isEmpty()) {
      return false;
    }
    // at is 08:30 of the person's day: an all-day task is overdue from the day after its date
    Instant dayStart = at.minus(Duration.ofMinutes(8 * 60 + 30));
    long overdue = tasks.stream()
        .filter(
            head -> head.dueAt() != null && head.dueAt().isBefore(head.allDay() ? dayStart : at))
        .count();
    String titles =
        tasks.stream().limit(DIGEST_TITLES).map(TaskView::title).collect(Collectors.joining(" · "));
    notices.publish(new NoticeRequest(
        DIGEST,
        Set.of(personId),
        Set.of(),
        List.of(),
        NoticeText.of(
            "taskNotices.digest",
            Map.of(
                "today", String.valueOf(tasks.size() - overdue),
                "overdue", String.valueOf(overdue))),
        NoticeText.verbatim(tasks.size() > DIGEST_TITLES ? titles + " …" : titles),
        null,
        "/tasks",
        null,
        new NoticeGrouping.Once("task.digest:" + personId + ":" + at.toEpochMilli()),
        Set.of()));
    return true;
  }

  private void publish(
      String kind,
      TaskView head,
      Set<UUID> people,
      @Nullable UUID actorId,
      String titleKey,
      Map<String, String> params,
      @Nullable String excerpt,
      NoticeGrouping grouping) {
    Set<UUID> told = people.stream()
        .filter(person -> !person.equals(actorId))
        .filter(person -> reader.maySee(person, head.id()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (told.isEmpty()) {
      return;
    }
    Map<String, String> values = new java.util.HashMap<>(params);
    values.put("title", head.title());
    notices.publish(new NoticeRequest(
        kind,
        told,
        actorId == null ? Set.of() : Set.of(actorId),
        actorId == null ? List.of() : List.of(actorId),
        NoticeText.of(titleKey, values),
        excerpt == null ? null : NoticeText.verbatim(excerpt),
        null,
        "/tasks/" + head.id(),
        null,
        grouping,
        Set.of()));
  }
}
