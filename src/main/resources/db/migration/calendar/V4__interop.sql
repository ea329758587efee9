-- A person's secret iCalendar feed URL (one at most): only its SHA-256 is kept, so the database
-- never holds a working URL; rotating replaces the row, revoking deletes it.
create table calendar.feed (
  person_id uuid primary key,
  token_hash bytea not null unique,
  created_at timestamptz not null
);
