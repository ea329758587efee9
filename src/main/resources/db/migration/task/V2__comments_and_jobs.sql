-- Comments on a task (task-notices): chat's Markdown with <@personId> mentions. Only the author
-- edits or deletes one; an edit stamps edited_at. mentions: the people the body names, resolved
-- when it was written (every one an existing person; who of them may see the task is asked when
-- telling them, not stored).
create table task.comment (
  id uuid primary key,
  task_id uuid not null references task.task (id) on delete cascade,
  author_id uuid not null,
  body text not null check (length(body) between 1 and 10000),
  mentions uuid[] not null default '{}',
  created_at timestamptz not null,
  edited_at timestamptz
);
create index comment_by_task on task.comment (task_id, created_at, id);

-- Each piece of timed work that has run, claimed by inserting its row in the transaction that
-- sends its notices (as announce.job_run): a second node racing for it waits on the key and then
-- finds it taken; a node that dies before commit leaves no row, so it runs at the next poll of any
-- node. job: 'due-soon', 'overdue', 'reminder:<minutes>' (subject = the task, at = the due time it
-- was for, so a task given a new due date is told again) or 'digest' (subject = the person, at =
-- 08:30 of the local day it was for).
create table task.job_run (
  subject_id uuid not null,
  job text not null,
  at timestamptz not null,
  ran_at timestamptz not null,
  primary key (subject_id, job, at)
);
create index job_run_ran on task.job_run (ran_at);

-- TaskJobs reads the open tasks due in the next two days at every poll, and further ahead only
-- those with reminders (up to 30 days before their due time), from this index.
create index task_due_reminders on task.task (due_at) where state = 'OPEN' and reminders <> '{}';

-- The time zone each person's latest task was created in (the web client sends the browser's):
-- where their daily digest's 08:30 is. People without a row use the zone of their tasks.
create table task.person_zone (
  person_id uuid primary key,
  time_zone text not null,
  updated_at timestamptz not null
);
