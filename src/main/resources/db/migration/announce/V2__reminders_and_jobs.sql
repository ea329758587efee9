-- An announcement's reminder plan, set by whoever may see its statistics. Without a row a must-read
-- follows the defaults (reminders 24 and 72 hours after publication, no escalation) and any other
-- announcement has none (AnnounceJobs reads the defaults in the same statement).
create table announce.reminder_plan (
  announcement_id uuid primary key references announce.announcement (id) on delete cascade,
  -- hours after publication, ascending, each once
  after_hours int[] not null,
  escalate_after_hours int,
  updated_by uuid not null,
  updated_at timestamptz not null
);

-- Each step of a plan that has run ('remind:24', 'remind:72', 'escalate'). A job claims a step by
-- inserting its row in the transaction that sends it: a second node racing for the same step waits
-- on the key and then finds it taken, and a job that dies before commit leaves no row, so the step
-- runs again at the next poll. Exactly once, with the state in the database rather than in memory.
create table announce.job_run (
  announcement_id uuid not null references announce.announcement (id) on delete cascade,
  step text not null,
  ran_at timestamptz not null,
  primary key (announcement_id, step)
);
