-- Calendars (issue #15): calendars, events with recurrence and overrides, attendees, subscriptions.
-- Who may see a calendar is kept in access.resource_grant (resource type calendar.calendar): free/busy,
-- reader, editor, manager. Rooms, bookings, feeds and reminder jobs come in later files of their owners.
create table calendar.calendar (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  description text not null default '' check (length(description) <= 2000),
  kind text not null check (kind in ('PERSONAL', 'TEAM', 'DEPARTMENT', 'ROOM')),
  owner_id uuid not null,
  department_id uuid,
  color text not null default 'blue',
  time_zone text not null,
  last_seq bigint not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((kind = 'DEPARTMENT') = (department_id is not null))
);
-- one personal calendar per person, made on first use
create unique index calendar_personal on calendar.calendar (owner_id) where kind = 'PERSONAL';

create table calendar.event (
  id uuid primary key,
  calendar_id uuid not null references calendar.calendar (id) on delete cascade,
  -- iCalendar UID: kept through import and export, so a client recognises its events
  uid text not null check (length(uid) between 1 and 255),
  title text not null check (length(title) between 1 and 500),
  description jsonb,
  description_text text not null default '',
  location text not null default '' check (length(location) <= 500),
  room_id uuid,
  all_day boolean not null default false,
  -- all-day: midnight in time_zone of the first day and of the day after the last (end exclusive)
  start_at timestamptz not null,
  end_at timestamptz not null,
  time_zone text not null,
  rrule text,
  exdates timestamptz[] not null default '{}',
  -- the last possible end of the series (null: unbounded), so a window query skips series over
  series_end timestamptz,
  -- an overridden occurrence points to its series and names the original start it replaces
  parent_id uuid references calendar.event (id) on delete cascade,
  recurrence_id timestamptz,
  status text not null default 'CONFIRMED' check (status in ('CONFIRMED', 'CANCELLED')),
  private boolean not null default false,
  organizer_id uuid not null,
  creator_id uuid not null,
  reminders int[] not null default '{}',
  -- what the files were when attached ([{id, name, size, contentType}])
  attachments jsonb not null default '[]',
  doc_page_id uuid,
  source jsonb,
  sequence int not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (end_at > start_at),
  check ((parent_id is null) = (recurrence_id is null)),
  check (rrule is null or parent_id is null),
  unique (calendar_id, uid, recurrence_id),
  unique (parent_id, recurrence_id)
);
-- a UID names one series or single event per calendar; its overrides share it with a recurrence_id
create unique index event_uid on calendar.event (calendar_id, uid) where recurrence_id is null;
create index event_window on calendar.event (calendar_id, start_at);
create index event_series on calendar.event (calendar_id, series_end) where rrule is not null;
create index event_by_parent on calendar.event (parent_id) where parent_id is not null;

create table calendar.attendee (
  event_id uuid not null references calendar.event (id) on delete cascade,
  person_id uuid not null,
  response text not null default 'NEEDS_ACTION'
    check (response in ('NEEDS_ACTION', 'ACCEPTED', 'TENTATIVE', 'DECLINED')),
  note text not null default '' check (length(note) <= 500),
  responded_at timestamptz,
  primary key (event_id, person_id)
);
create index attendee_by_person on calendar.attendee (person_id, event_id);

-- calendars a person overlays (their own, colleagues', shared ones) with their colour and order
create table calendar.subscription (
  person_id uuid not null,
  calendar_id uuid not null references calendar.calendar (id) on delete cascade,
  color text not null,
  visible boolean not null default true,
  position int not null default 0,
  primary key (person_id, calendar_id)
);
create index subscription_by_calendar on calendar.subscription (calendar_id);
