package dev.atrium.task.internal;

import dev.atrium.access.Visibility;

/**
 * The one rule of who sees a task, as SQL for every read (a board, My tasks, one task, search keys),
 * over a {@code task.task} aliased {@code t} and the parameters {@code Viewer.bind} sets. A task in a
 * project is seen by whoever may view the project; a personal task by its creator and the people
 * on it; a subtask follows its parent (the people on either see it).
 */
public final class TaskVisibility {

  /** The viewer's rank on the task's project (0 for a personal task). */
  public static final String PROJECT_RANK = "(case when t.project_id is null then 0 else "
      + Visibility.rank(TaskResources.PROJECT, "t.project_id") + " end)";

  /** The viewer is the creator of, or on, this personal task or its parent. */
  public static final String PARTICIPANT = """
      (t.creator_id = :v_me
        or exists (select 1 from task.task_person vp
                    where vp.task_id in (t.id, t.parent_id) and vp.person_id = :v_me)
        or exists (select 1 from task.task vr where vr.id = t.parent_id and vr.creator_id = :v_me))""";

  /** The viewer may see the task. */
  public static final String VISIBLE = "(case when t.project_id is not null then "
      + Visibility.rank(TaskResources.PROJECT, "t.project_id") + " >= 1 else " + PARTICIPANT
      + " end)";

  /** The viewer may change the personal task: its creator or an assignee (of it or its parent). */
  public static final String PERSONAL_EDITOR = """
      (t.creator_id = :v_me
        or exists (select 1 from task.task_person vp
                    where vp.task_id in (t.id, t.parent_id) and vp.person_id = :v_me
                      and vp.role = 'ASSIGNEE')
        or exists (select 1 from task.task vr where vr.id = t.parent_id and vr.creator_id = :v_me))""";

  private TaskVisibility() {}
}
