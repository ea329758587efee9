-- Tasks (issue #16): projects with sections, tasks with people, dependencies, history and saved views.
-- Who may see a project is kept in access.resource_grant (resource type task.project); a task without
-- a project is seen by its creator and the people on it (task_person).
create table task.project (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  description text not null default '' check (length(description) <= 2000),
  kind text not null check (kind in ('PERSONAL', 'TEAM', 'DEPARTMENT')),
  department_id uuid,
  color text not null default 'blue',
  owner_id uuid not null,
  last_seq bigint not null default 0,
  archived_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((kind = 'DEPARTMENT') = (department_id is not null))
);

create table task.section (
  id uuid primary key,
  project_id uuid not null references task.project (id) on delete cascade,
  name text not null check (length(name) between 1 and 60),
  position int not null,
  created_at timestamptz not null
);
create index section_by_project on task.section (project_id, position);

create table task.task (
  id uuid primary key,
  project_id uuid references task.project (id) on delete cascade,
  section_id uuid references task.section (id),
  rank text collate "C" not null,
  parent_id uuid references task.task (id) on delete cascade,
  title text not null check (length(title) between 1 and 500),
  description jsonb,
  description_text text not null default '',
  state text not null check (state in ('OPEN', 'DONE')),
  priority text not null check (priority in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
  start_at timestamptz,
  due_at timestamptz,
  all_day boolean not null default false,
  time_zone text not null,
  tags text[] not null default '{}',
  checklist jsonb not null default '[]',
  attachment_file_ids uuid[] not null default '{}',
  -- what the files were when attached ([{id, name, size, contentType}]): the task shows them without
  -- asking files for each one
  attachments jsonb not null default '[]',
  reminders int[] not null default '{}',
  recurrence text,
  series_id uuid,
  occurrence int,
  source jsonb,
  -- kept by the comments' writer (task-notices), so a card counts them without a join
  comment_count int not null default 0,
  creator_id uuid not null,
  completed_at timestamptz,
  completed_by uuid,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (start_at is null or due_at is null or start_at <= due_at),
  unique (series_id, occurrence)
);
create index task_board on task.task (project_id, section_id, rank);
create index task_due on task.task (due_at) where state = 'OPEN';
create index task_by_parent on task.task (parent_id, rank) where parent_id is not null;
create index task_personal_by_creator on task.task (creator_id) where project_id is null;

create table task.task_person (
  task_id uuid not null references task.task (id) on delete cascade,
  person_id uuid not null,
  role text not null check (role in ('ASSIGNEE', 'FOLLOWER')),
  primary key (task_id, role, person_id)
);
create index task_person_by_person on task.task_person (person_id, role, task_id);

create table task.dependency (
  task_id uuid not null references task.task (id) on delete cascade,
  blocked_by_id uuid not null references task.task (id) on delete cascade,
  primary key (task_id, blocked_by_id),
  check (task_id <> blocked_by_id)
);
create index dependency_by_blocker on task.dependency (blocked_by_id, task_id);

create table task.history (
  id bigint generated always as identity primary key,
  task_id uuid not null references task.task (id) on delete cascade,
  actor_id uuid not null,
  at timestamptz not null,
  field text not null,
  before jsonb,
  after jsonb
);
create index history_by_task on task.history (task_id, id);

create table task.saved_view (
  id uuid primary key,
  project_id uuid not null references task.project (id) on delete cascade,
  owner_id uuid not null,
  name text not null check (length(name) between 1 and 60),
  filter jsonb not null,
  created_at timestamptz not null
);
create index saved_view_by_owner on task.saved_view (project_id, owner_id);
