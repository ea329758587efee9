package dev.atrium.task.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import dev.atrium.task.DueFilter;
import dev.atrium.task.DueTask;
import dev.atrium.task.MyTaskGroupKey;
import dev.atrium.task.Priority;
import dev.atrium.task.TaskFilter;
import dev.atrium.task.TaskRef;
import dev.atrium.task.TaskState;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Reads and writes {@code task.task}, its people, dependencies and history. */
@Repository
public class TasksTable {

  private static final String ROW = """
      select t.id, t.project_id, t.section_id, t.rank, t.parent_id, t.title, t.description::text as description,
             t.description_text, t.state, t.priority, t.start_at, t.due_at, t.all_day, t.time_zone, t.tags,
             t.checklist::text as checklist, t.attachment_file_ids, t.attachments::text as attachments,
             t.reminders, t.recurrence, t.series_id, t.occurrence, t.source::text as source, t.creator_id,
             t.completed_at, t.completed_by, t.comment_count, t.created_at, t.updated_at,
             array(select tp.person_id from task.task_person tp
                    where tp.task_id = t.id and tp.role = 'ASSIGNEE' order by tp.person_id) as assignee_ids,
             array(select tp.person_id from task.task_person tp
                    where tp.task_id = t.id and tp.role = 'FOLLOWER' order by tp.person_id) as follower_ids
        from task.task t
      """;

  private static final String CARD = """
      select t.id, t.project_id, p.name as project_name, t.section_id, t.rank, t.parent_id, t.title, t.state,
             t.priority, t.start_at, t.due_at, t.all_day, t.tags, t.comment_count, t.source::text as source,
             t.updated_at,
             array(select tp.person_id from task.task_person tp
                    where tp.task_id = t.id and tp.role = 'ASSIGNEE' order by tp.person_id) as assignee_ids,
             (select count(*) from task.task s where s.parent_id = t.id) as subtask_count,
             (select count(*) from task.task s where s.parent_id = t.id and s.state = 'DONE') as subtasks_done,
             jsonb_array_length(t.checklist) as checklist_count,
             (select count(*) from jsonb_array_elements(t.checklist) c
               where (c ->> 'done')::boolean) as checklist_done,
             exists (select 1 from task.dependency d join task.task b on b.id = d.blocked_by_id
                      where d.task_id = t.id and b.state = 'OPEN') as blocked
        from task.task t
        left join task.project p on p.id = t.project_id
        left join task.section sec on sec.id = t.section_id
      """;

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  TasksTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(TaskRow task) {
    jdbc.sql("""
        insert into task.task (id, project_id, section_id, rank, parent_id, title, description, description_text,
               state, priority, start_at, due_at, all_day, time_zone, tags, checklist, attachment_file_ids,
               attachments, reminders, recurrence, series_id, occurrence, source, creator_id, completed_at,
               completed_by, created_at, updated_at)
        values (:id, :project, :section, :rank, :parent, :title, cast(:description as jsonb), :descriptionText,
               :state, :priority, :startAt, :dueAt, :allDay, :zone,
               array(select jsonb_array_elements_text(cast(:tags as jsonb))), cast(:checklist as jsonb),
               cast(:files as uuid[]), cast(:attachments as jsonb),
               array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int), :recurrence, :series,
               :occurrence, cast(:source as jsonb), :creator, :completedAt, :completedBy, :createdAt, :updatedAt)
        """).params(columns(task)).update();
  }

  /**
   * Inserts one personal task per id, all alike but for the id ({@code template}'s fields), each
   * assigned to the person at the same place in {@code assignees}, each with its "created" history
   * entry: three statements for any number of tasks.
   */
  public void insertAssigned(TaskRow template, List<UUID> ids, List<UUID> assignees) {
    Map<String, @Nullable Object> p = columns(template);
    p.put("ids", UuidArrays.literal(ids));
    p.put("assignees", UuidArrays.literal(assignees));
    p.put("history", json.writeValueAsString(template.title()));
    jdbc.sql("""
        insert into task.task (id, project_id, section_id, rank, parent_id, title, description, description_text,
               state, priority, start_at, due_at, all_day, time_zone, tags, checklist, attachment_file_ids,
               attachments, reminders, recurrence, series_id, occurrence, source, creator_id, completed_at,
               completed_by, created_at, updated_at)
        select u.id, :project, :section, :rank, :parent, :title, cast(:description as jsonb), :descriptionText,
               :state, :priority, :startAt, :dueAt, :allDay, :zone,
               array(select jsonb_array_elements_text(cast(:tags as jsonb))), cast(:checklist as jsonb),
               cast(:files as uuid[]), cast(:attachments as jsonb),
               array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int), :recurrence, :series,
               :occurrence, cast(:source as jsonb), :creator, :completedAt, :completedBy, :createdAt, :updatedAt
          from unnest(cast(:ids as uuid[])) as u (id)
        """).params(p).update();
    jdbc.sql("""
        insert into task.task_person (task_id, person_id, role)
        select u.id, u.person, 'ASSIGNEE' from unnest(cast(:ids as uuid[]), cast(:assignees as uuid[])) as u (id, person)
        """).params(p).update();
    jdbc.sql("""
        insert into task.history (task_id, actor_id, at, field, before, after)
        select u.id, :creator, :createdAt, 'created', null, cast(:history as jsonb)
          from unnest(cast(:ids as uuid[])) as u (id)
        """).params(p).update();
  }

  /**
   * Inserts a recurring task's next occurrence unless the series has it already (a second completion
   * of the same occurrence, a concurrent one, another node): true when this call made it.
   */
  public boolean insertOccurrence(TaskRow task) {
    return jdbc.sql("""
        insert into task.task (id, project_id, section_id, rank, parent_id, title, description, description_text,
               state, priority, start_at, due_at, all_day, time_zone, tags, checklist, attachment_file_ids,
               attachments, reminders, recurrence, series_id, occurrence, source, creator_id, completed_at,
               completed_by, created_at, updated_at)
        values (:id, :project, :section, :rank, :parent, :title, cast(:description as jsonb), :descriptionText,
               :state, :priority, :startAt, :dueAt, :allDay, :zone,
               array(select jsonb_array_elements_text(cast(:tags as jsonb))), cast(:checklist as jsonb),
               cast(:files as uuid[]), cast(:attachments as jsonb),
               array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int), :recurrence, :series,
               :occurrence, cast(:source as jsonb), :creator, :completedAt, :completedBy, :createdAt, :updatedAt)
        on conflict (series_id, occurrence) do nothing
        """).params(columns(task)).update() == 1;
  }

  /** Writes every column a change may touch (not the people, see {@link #setPeople}). */
  public void update(TaskRow task) {
    jdbc.sql("""
        update task.task set project_id = :project, section_id = :section, rank = :rank, parent_id = :parent,
               title = :title, description = cast(:description as jsonb), description_text = :descriptionText,
               state = :state, priority = :priority, start_at = :startAt, due_at = :dueAt, all_day = :allDay,
               time_zone = :zone, tags = array(select jsonb_array_elements_text(cast(:tags as jsonb))),
               checklist = cast(:checklist as jsonb), attachment_file_ids = cast(:files as uuid[]),
               attachments = cast(:attachments as jsonb),
               reminders = array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int),
               recurrence = :recurrence, series_id = :series, occurrence = :occurrence,
               source = cast(:source as jsonb), completed_at = :completedAt, completed_by = :completedBy,
               updated_at = :updatedAt
         where id = :id
        """).params(columns(task)).update();
  }

  private Map<String, @Nullable Object> columns(TaskRow t) {
    Map<String, @Nullable Object> p = new java.util.HashMap<>();
    p.put("id", t.id());
    p.put("project", t.projectId());
    p.put("section", t.sectionId());
    p.put("rank", t.rank());
    p.put("parent", t.parentId());
    p.put("title", t.title());
    p.put("description", t.description());
    p.put("descriptionText", t.descriptionText());
    p.put("state", t.state().name());
    p.put("priority", t.priority().name());
    p.put("startAt", t.startAt() == null ? null : Timestamps.at(t.startAt()));
    p.put("dueAt", t.dueAt() == null ? null : Timestamps.at(t.dueAt()));
    p.put("allDay", t.allDay());
    p.put("zone", t.timeZone());
    p.put("tags", json.writeValueAsString(t.tags()));
    p.put("checklist", t.checklist());
    p.put("files", UuidArrays.literal(t.attachmentFileIds()));
    p.put("attachments", t.attachments());
    p.put("reminders", json.writeValueAsString(t.reminders()));
    p.put("recurrence", t.recurrence());
    p.put("series", t.seriesId());
    p.put("occurrence", t.occurrence());
    p.put("source", t.source());
    p.put("creator", t.creatorId());
    p.put("completedAt", t.completedAt() == null ? null : Timestamps.at(t.completedAt()));
    p.put("completedBy", t.completedBy());
    p.put("createdAt", Timestamps.at(t.createdAt()));
    p.put("updatedAt", Timestamps.at(t.updatedAt()));
    return p;
  }

  /** The task as stored, whoever asks (callers check who may see it). */
  public Optional<TaskRow> find(UUID id) {
    return jdbc.sql(ROW + " where t.id = ?").param(id).query(TasksTable::row).optional();
  }

  /** The task with its row locked until commit. */
  public Optional<TaskRow> lock(UUID id) {
    return jdbc.sql(ROW + " where t.id = ? for update of t")
        .param(id)
        .query(TasksTable::row)
        .optional();
  }

  /** The task if the viewer may see it, with their rank on its project (0 for a personal task). */
  public Optional<Seen> visible(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select t.id, " + TaskVisibility.PROJECT_RANK + " as rank, "
                + TaskVisibility.PERSONAL_EDITOR
                + " as personal_editor from task.task t where t.id = :id and "
                + TaskVisibility.VISIBLE)
            .param("id", id))
        .query((rs, n) -> new Seen(rs.getInt("rank"), rs.getBoolean("personal_editor")))
        .optional();
  }

  /** How a viewer who may see a task stands to it: their rank on its project, or whether they may change it when it is personal. */
  public record Seen(int rank, boolean personalEditor) {}

  /** Which of these tasks the viewer may see. */
  public List<UUID> visibleAmong(Collection<UUID> ids, Viewer viewer) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return viewer
        .bind(jdbc.sql("select t.id from task.task t where t.id = any(cast(:ids as uuid[])) and "
                + TaskVisibility.VISIBLE)
            .param("ids", UuidArrays.literal(ids)))
        .query(UUID.class)
        .list();
  }

  /** Replaces the people of one role on a task. */
  public void setPeople(UUID taskId, String role, Collection<UUID> people) {
    jdbc.sql("delete from task.task_person where task_id = ? and role = ?")
        .params(taskId, role)
        .update();
    if (!people.isEmpty()) {
      jdbc.sql("""
          insert into task.task_person (task_id, person_id, role)
          select ?, unnest(cast(? as uuid[])), ? on conflict do nothing
          """).params(taskId, UuidArrays.literal(people), role).update();
    }
  }

  public void delete(UUID id) {
    jdbc.sql("delete from task.task where id = ?").param(id).update();
  }

  /** The card of a task, the same for everyone (what the stream carries). */
  public Optional<CardRow> card(UUID id) {
    return jdbc.sql(CARD + " where t.id = ?").param(id).query(TasksTable::card).optional();
  }

  public List<CardRow> cards(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(CARD + " where t.id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(ids))
        .query(TasksTable::card)
        .list();
  }

  /** A task's subtasks in their order. */
  public List<CardRow> subtasks(UUID parentId) {
    return jdbc.sql(CARD + " where t.parent_id = ? order by t.rank, t.id")
        .param(parentId)
        .query(TasksTable::card)
        .list();
  }

  /**
   * The project's top-level tasks the viewer may see and the filter keeps, in section and rank
   * order; {@code zone} is where "today" and "this week" are.
   */
  public List<CardRow> board(
      UUID projectId, Viewer viewer, TaskFilter filter, ZoneId zone, Instant now) {
    // the project's visibility once (an init plan), not once a card: every card is in it
    StringBuilder sql = new StringBuilder(CARD
        + " where t.project_id = :project and t.parent_id is null and "
        + Visibility.rank(TaskResources.PROJECT, "cast(:project as uuid)") + " >= 1");
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("project", projectId);
    if (filter.assigneeIds() != null && !filter.assigneeIds().isEmpty()) {
      sql.append(" and exists (select 1 from task.task_person f where f.task_id = t.id"
          + " and f.role = 'ASSIGNEE' and f.person_id = any(cast(:assignees as uuid[])))");
      params.put("assignees", UuidArrays.literal(filter.assigneeIds()));
    }
    if (filter.due() != null) {
      ZonedDateTime today = now.atZone(zone).toLocalDate().atStartOfDay(zone);
      switch (filter.due()) {
        case OVERDUE -> {
          sql.append(" and t.state = 'OPEN' and t.due_at < :now");
          params.put("now", Timestamps.at(now));
        }
        case TODAY, WEEK -> {
          sql.append(" and t.due_at >= :from and t.due_at < :to");
          params.put("from", Timestamps.at(today.toInstant()));
          params.put(
              "to",
              Timestamps.at(
                  today.plusDays(filter.due() == DueFilter.TODAY ? 1 : 7).toInstant()));
        }
        case NONE -> sql.append(" and t.due_at is null");
      }
    }
    if (filter.priorities() != null && !filter.priorities().isEmpty()) {
      sql.append(" and t.priority = any(cast(:priorities as text[]))");
      params.put(
          "priorities",
          filter.priorities().stream()
              .map(Priority::name)
              .collect(java.util.stream.Collectors.joining(",", "{", "}")));
    }
    if (filter.tags() != null && !filter.tags().isEmpty()) {
      sql.append(" and t.tags && array(select jsonb_array_elements_text(cast(:tags as jsonb)))");
      params.put("tags", json.writeValueAsString(filter.tags()));
    }
    if (filter.state() != null) {
      sql.append(" and t.state = :state");
      params.put("state", filter.state().name());
    }
    sql.append(" order by sec.position, t.rank, t.id");
    return viewer
        .bind(jdbc.sql(sql.toString()))
        .params(params)
        .query(TasksTable::card)
        .list();
  }

  /**
   * A page of My tasks: the tasks I am assignee or follower of ({@code role} one of them, or null for
   * both and my personal tasks), in their groups ({@link MyTaskGroupKey}, the days being
   * {@code zone}'s), with each group's size and each card's place in its group. With {@code group}
   * only that group, after the card {@code after} (none: from its start); else the first
   * {@code limit} of every group. A card {@code after} no longer in the group ends the page.
   */
  public List<Keyed> myTasks(
      Viewer viewer,
      @Nullable String role,
      ZoneId zone,
      Instant now,
      @Nullable MyTaskGroupKey group,
      @Nullable UUID after,
      int limit) {
    // From the person's own rows (task_person by person, personal tasks by creator) rather than
    // every task, and each project's visibility once rather than once a task: 5,000 tasks of one
    // person across 100 projects (bench/tasks.sh) cost a scan of every task and 5,000 rank
    // look-ups.
    // Only ids and sort keys go through the grouping; the cards are read for the page alone.
    String mine = role == null
        ? "select m.task_id from task.task_person m where m.person_id = :v_me"
            + " union select c.id from task.task c where c.project_id is null"
            + " and c.parent_id is null and c.creator_id = :v_me"
        : "select m.task_id from task.task_person m where m.person_id = :v_me and m.role = :role";
    String sql = "with mine as (" + mine + "), seen as (select sp.id from task.project sp"
        + " where sp.id in (select mt.project_id from task.task mt join mine on mine.task_id = mt.id)"
        + " and " + Visibility.rank(TaskResources.PROJECT, "sp.id") + " >= 1),"
        + " keyed as (select t.id, t.due_at, t.updated_at, t.completed_at, case"
        + " when t.state = 'DONE' then 'DONE' when t.due_at is null then 'NONE'"
        + " when (t.all_day and t.due_at < :today) or (not t.all_day and t.due_at < :now) then 'OVERDUE'"
        + " when t.due_at < :tomorrow then 'TODAY' else 'UPCOMING' end as grp"
        + " from task.task t where t.id in (select task_id from mine) and"
        + " (case when t.project_id is not null then t.project_id in (select id from seen) else "
        + TaskVisibility.PARTICIPANT + " end)),"
        + " ranked as (select k.id, k.grp, count(*) over (partition by k.grp) as total,"
        + " row_number() over (partition by k.grp order by"
        + " (case k.grp when 'NONE' then k.updated_at when 'DONE' then k.completed_at end) desc,"
        + " (case when k.grp in ('OVERDUE', 'TODAY', 'UPCOMING') then k.due_at end), k.id) as place"
        + " from keyed k" + (group == null ? "" : " where k.grp = :group") + ")"
        + " select r.id, r.grp, r.total, r.place from ranked r where "
        + (after == null
            ? "r.place <= :limit"
            : "r.place > (select a.place from ranked a where a.id = :after)"
                + " and r.place <= (select a.place from ranked a where a.id = :after) + :limit")
        + " order by r.grp, r.place";
    ZonedDateTime today = now.atZone(zone).toLocalDate().atStartOfDay(zone);
    StatementSpec spec = viewer
        .bind(jdbc.sql(sql))
        .param("now", Timestamps.at(now))
        .param("today", Timestamps.at(today.toInstant()))
        .param("tomorrow", Timestamps.at(today.plusDays(1).toInstant()))
        .param("limit", limit);
    if (role != null) {
      spec = spec.param("role", role);
    }
    if (group != null) {
      spec = spec.param("group", group.name());
    }
    if (after != null) {
      spec = spec.param("after", after);
    }
    return spec.query((rs, n) -> new Keyed(
            rs.getObject("id", UUID.class),
            MyTaskGroupKey.valueOf(rs.getString("grp")),
            rs.getInt("total"),
            rs.getInt("place")))
        .list();
  }

  /** A task's group in My tasks, the group's size and the task's place in it (from 1). */
  public record Keyed(UUID id, MyTaskGroupKey group, int total, int place) {}

  /**
   * The viewer's due tasks in {@code [from, to)} for their calendar: assigned to them, or created
   * by them with nobody assigned; open or done; only those they may still see, each project's
   * visibility decided once.
   */
  public List<DueTask> dueFor(Viewer viewer, Instant from, Instant to) {
    String sql =
        """
        with mine as (
          select m.task_id as id from task.task_person m where m.person_id = :v_me and m.role = 'ASSIGNEE'
          union
          select c.id from task.task c
           where c.creator_id = :v_me and c.due_at >= :from and c.due_at < :to
             and not exists (select 1 from task.task_person a where a.task_id = c.id and a.role = 'ASSIGNEE')
        ), due as (
          select * from task.task d where d.id in (select id from mine) and d.due_at >= :from and d.due_at < :to
        ), seen as (
          select sp.id from task.project sp where sp.id in (select project_id from due) and %s >= 1
        )
        select t.id, t.title, t.due_at, t.all_day, t.time_zone, t.state, p.name as project_name
          from due t left join task.project p on p.id = t.project_id
         where case when t.project_id is not null then t.project_id in (select id from seen) else %s end
         order by t.due_at, t.id
        """.formatted(Visibility.rank(TaskResources.PROJECT, "sp.id"), TaskVisibility.PARTICIPANT);
    return viewer
        .bind(jdbc.sql(sql))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .query((rs, n) -> new DueTask(
            rs.getObject("id", UUID.class),
            rs.getString("title"),
            Timestamps.required(rs, "due_at"),
            rs.getBoolean("all_day"),
            rs.getString("time_zone"),
            rs.getString("state").equals("DONE"),
            rs.getString("project_name")))
        .list();
  }

  /** The ids and ranks of a section's top-level tasks, in order. */
  public List<Ranked> ranksIn(UUID sectionId) {
    return jdbc.sql("""
        select id, rank from task.task where section_id = ? and parent_id is null order by rank, id
        """)
        .param(sectionId)
        .query((rs, n) -> new Ranked(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
  }

  /** The last rank among a task's subtasks, or among a person's personal tasks. */
  public Optional<String> lastSubtaskRank(UUID parentId) {
    return jdbc.sql("select max(rank) from task.task where parent_id = ?")
        .param(parentId)
        .query(String.class)
        .optional();
  }

  public void setRank(UUID id, String rank) {
    jdbc.sql("update task.task set rank = ? where id = ?").params(rank, id).update();
  }

  /** A task's place in a section. */
  public record Ranked(UUID id, String rank) {}

  /** Moves a task's subtasks along with it to another project (or none). */
  public void moveSubtasks(UUID parentId, @Nullable UUID projectId) {
    jdbc.sql("update task.task set project_id = ? where parent_id = ?")
        .params(projectId, parentId)
        .update();
  }

  /** A section's top-level tasks in board order (to move them on when it is deleted). */
  public List<UUID> inSection(UUID sectionId) {
    return jdbc.sql(
            "select id from task.task where section_id = ? and parent_id is null order by rank, id")
        .param(sectionId)
        .query(UUID.class)
        .list();
  }

  /** Every task of a project, subtasks included. */
  public List<UUID> inProject(UUID projectId) {
    return jdbc.sql("select id from task.task where project_id = ?")
        .param(projectId)
        .query(UUID.class)
        .list();
  }

  /** The projects these tasks are in, in id order (personal tasks have none). */
  public List<UUID> projectsOf(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select distinct project_id from task.task
         where id = any(cast(? as uuid[])) and project_id is not null order by project_id
        """).param(UuidArrays.literal(ids)).query(UUID.class).list();
  }

  public List<UUID> subtaskIds(UUID parentId) {
    return jdbc.sql("select id from task.task where parent_id = ? order by rank, id")
        .param(parentId)
        .query(UUID.class)
        .list();
  }

  public void setSection(UUID id, UUID sectionId, String rank) {
    jdbc.sql("update task.task set section_id = ?, rank = ? where id = ?")
        .params(sectionId, rank, id)
        .update();
  }

  /** The tasks blocking this one (its blockers), by title. */
  public List<TaskRef> blockers(UUID taskId) {
    return refs("d.blocked_by_id", "d.task_id", taskId);
  }

  /** The tasks this one blocks, by title. */
  public List<TaskRef> blocking(UUID taskId) {
    return refs("d.task_id", "d.blocked_by_id", taskId);
  }

  /** The dependencies' other ends: {@code shown} of the rows whose {@code given} is the task. */
  private List<TaskRef> refs(String shown, String given, UUID taskId) {
    return jdbc.sql("""
        select b.id, b.title, b.state from task.dependency d join task.task b on b.id = %s
         where %s = ? order by b.title, b.id
        """.formatted(shown, given))
        .param(taskId)
        .query((rs, n) -> new TaskRef(
            rs.getObject(1, UUID.class), rs.getString(2), TaskState.valueOf(rs.getString(3))))
        .list();
  }

  public List<UUID> blockerIds(UUID taskId) {
    return jdbc.sql(
            "select blocked_by_id from task.dependency where task_id = ? order by blocked_by_id")
        .param(taskId)
        .query(UUID.class)
        .list();
  }

  public List<UUID> blockedIds(UUID taskId) {
    return jdbc.sql("select task_id from task.dependency where blocked_by_id = ? order by task_id")
        .param(taskId)
        .query(UUID.class)
        .list();
  }

  /**
   * Whether making {@code blockers} block {@code taskId} would close a cycle: the task is among the
   * tasks those blockers wait for, directly or through others (a recursive walk of the graph).
   */
  public boolean wouldCycle(UUID taskId, Collection<UUID> blockers) {
    if (blockers.isEmpty()) {
      return false;
    }
    return Boolean.TRUE.equals(jdbc.sql("""
        with recursive upstream (id) as (
          select unnest(cast(? as uuid[]))
          union
          select d.blocked_by_id from task.dependency d join upstream u on d.task_id = u.id
        )
        select exists (select 1 from upstream where id = ?)
        """)
        .params(UuidArrays.literal(blockers), taskId)
        .query(Boolean.class)
        .single());
  }

  public void setBlockers(UUID taskId, Collection<UUID> blockers) {
    jdbc.sql("delete from task.dependency where task_id = ?").param(taskId).update();
    if (!blockers.isEmpty()) {
      jdbc.sql("""
          insert into task.dependency (task_id, blocked_by_id)
          select ?, unnest(cast(? as uuid[])) on conflict do nothing
          """).params(taskId, UuidArrays.literal(blockers)).update();
    }
  }

  public void addHistory(
      UUID taskId,
      UUID actorId,
      Instant at,
      String field,
      @Nullable String before,
      @Nullable String after) {
    jdbc.sql("""
        insert into task.history (task_id, actor_id, at, field, before, after)
        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
        """)
        .params(taskId, actorId, Timestamps.at(at), field, before, after)
        .update();
  }

  /** A task's history, newest first. */
  public List<HistoryRow> history(UUID taskId) {
    return jdbc.sql("""
        select id, actor_id, at, field, before::text, after::text from task.history
         where task_id = ? order by id desc
        """)
        .param(taskId)
        .query((rs, n) -> new HistoryRow(
            rs.getLong(1),
            rs.getObject(2, UUID.class),
            Timestamps.required(rs, 3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6)))
        .list();
  }

  /** One row of a task's history, its values as JSON text. */
  public record HistoryRow(
      long id,
      UUID actorId,
      Instant at,
      String field,
      @Nullable String before,
      @Nullable String after) {}

  /** The people on the task (assignees and followers) and its creator, of it and of its parent. */
  public List<UUID> participants(UUID taskId) {
    return jdbc.sql("""
        select t.creator_id from task.task t where t.id = ?
        union select r.creator_id from task.task t join task.task r on r.id = t.parent_id where t.id = ?
        union select tp.person_id from task.task t join task.task_person tp on tp.task_id in (t.id, t.parent_id)
         where t.id = ?
        """).params(taskId, taskId, taskId).query(UUID.class).list();
  }

  static TaskRow row(ResultSet rs, int n) throws SQLException {
    Object occurrence = rs.getObject("occurrence");
    return new TaskRow(
        rs.getObject("id", UUID.class),
        rs.getObject("project_id", UUID.class),
        rs.getObject("section_id", UUID.class),
        rs.getString("rank"),
        rs.getObject("parent_id", UUID.class),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("description_text"),
        TaskState.valueOf(rs.getString("state")),
        Priority.valueOf(rs.getString("priority")),
        Timestamps.instant(rs, "start_at"),
        Timestamps.instant(rs, "due_at"),
        rs.getBoolean("all_day"),
        rs.getString("time_zone"),
        strings(rs.getArray("tags")),
        rs.getString("checklist"),
        UuidArrays.of(rs.getArray("attachment_file_ids")),
        rs.getString("attachments"),
        integers(rs.getArray("reminders")),
        rs.getString("recurrence"),
        rs.getObject("series_id", UUID.class),
        occurrence == null ? null : ((Number) occurrence).intValue(),
        rs.getString("source"),
        rs.getObject("creator_id", UUID.class),
        Timestamps.instant(rs, "completed_at"),
        rs.getObject("completed_by", UUID.class),
        rs.getInt("comment_count"),
        Timestamps.required(rs, "created_at"),
        Timestamps.required(rs, "updated_at"),
        UuidArrays.of(rs.getArray("assignee_ids")),
        UuidArrays.of(rs.getArray("follower_ids")));
  }

  static CardRow card(ResultSet rs, int n) throws SQLException {
    return new CardRow(
        rs.getObject("id", UUID.class),
        rs.getObject("project_id", UUID.class),
        rs.getString("project_name"),
        rs.getObject("section_id", UUID.class),
        rs.getString("rank"),
        rs.getObject("parent_id", UUID.class),
        rs.getString("title"),
        TaskState.valueOf(rs.getString("state")),
        Priority.valueOf(rs.getString("priority")),
        Timestamps.instant(rs, "start_at"),
        Timestamps.instant(rs, "due_at"),
        rs.getBoolean("all_day"),
        strings(rs.getArray("tags")),
        UuidArrays.of(rs.getArray("assignee_ids")),
        rs.getInt("subtask_count"),
        rs.getInt("subtasks_done"),
        rs.getInt("checklist_count"),
        rs.getInt("checklist_done"),
        rs.getInt("comment_count"),
        rs.getBoolean("blocked"),
        rs.getString("source"),
        Timestamps.required(rs, "updated_at"));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null
        ? List.of()
        : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private static List<Integer> integers(@Nullable Array array) throws SQLException {
    return array == null
        ? List.of()
        : Arrays.stream((Object[]) array.getArray())
            .map(v -> ((Number) v).intValue())
            .toList();
  }
}
