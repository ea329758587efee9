-- Invitations, proposals and reminders (docs/calendar.md, "Invitations, free/busy and reminders").

-- An attendee's answer for one occurrence of a series, where it differs from their answer to the
-- series (calendar.attendee): "I can't come this Tuesday". An occurrence is named by its original
-- start, as an override row's recurrence_id is. Free/busy, reminders and invitations read it
-- before the series answer.
create table calendar.occurrence_answer (
  event_id uuid not null references calendar.event (id) on delete cascade,
  person_id uuid not null,
  occurrence timestamptz not null,
  response text not null check (response in ('ACCEPTED', 'TENTATIVE', 'DECLINED')),
  note text not null default '' check (length(note) <= 500),
  responded_at timestamptz not null,
  primary key (event_id, person_id, occurrence)
);
create index occurrence_answer_person on calendar.occurrence_answer (person_id, occurrence);

-- A new time an attendee proposes to the organiser; kept until the event is deleted, shown in the
-- event's detail newest first. occurrence: the one occurrence of a series it is about, else null.
create table calendar.proposal (
  id uuid primary key,
  event_id uuid not null references calendar.event (id) on delete cascade,
  person_id uuid not null,
  occurrence timestamptz,
  start_at timestamptz not null,
  end_at timestamptz not null,
  note text not null default '' check (length(note) <= 500),
  created_at timestamptz not null,
  check (end_at > start_at)
);
create index proposal_event on calendar.proposal (event_id, created_at);

-- The next reminder of each event that has reminders: one row per event (a series, or an override
-- row of one occurrence), at the moment it fires (fire_at = occurrence - minutes). The job locks due
-- rows (skip locked), tells the attendees and moves the row on to the next reminder, or deletes it,
-- in one transaction: each reminder exactly once across nodes, restarts and replays. Written in
-- the transaction that changes the event, so it never drifts from the event.
create table calendar.reminder_job (
  event_id uuid primary key references calendar.event (id) on delete cascade,
  occurrence timestamptz not null,
  minutes int not null,
  fire_at timestamptz not null
);
create index reminder_job_due on calendar.reminder_job (fire_at);
