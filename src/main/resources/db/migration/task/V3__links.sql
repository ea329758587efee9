-- task-links (issue #16): where tasks came from, kept apart from task.task so that looking them up
-- by their origin is an index read, and so that a deleted task's card can still be told.

-- A task made from a chat message: the message it answers (edits and deletes reach the task
-- through it) and the channel its card was posted in (the card follows the task live there).
-- No foreign key to task.task: when the task is deleted its card must still be told, after commit.
create table task.message_link (
  task_id uuid primary key,
  channel_id uuid not null,
  message_id uuid not null
);
create index message_link_by_message on task.message_link (message_id);

-- An announcement that carries a task (written by its author before publication): what each
-- recipient gets on publication.
create table task.announcement_task (
  announcement_id uuid primary key,
  author_id uuid not null,
  title text not null check (length(title) between 1 and 500),
  due_at timestamptz,
  all_day boolean not null default false,
  time_zone text not null,
  updated_at timestamptz not null
);

-- The personal task each recipient got: one per announcement and person, so a publication
-- delivered twice (a retried listener, a second node) makes each task once.
create table task.announcement_recipient (
  announcement_id uuid not null,
  person_id uuid not null,
  task_id uuid not null,
  primary key (announcement_id, person_id)
);
