-- One row per recipient and thing to look at. A row either stands for one fact for good
-- (event_key: a comment; the same fact told twice finds the row and adds none) or absorbs later
-- facts of its kind while unread (merge_key: edits of one page, mentions in one page), so a
-- recipient's list does not pile up and a republished event lands in the row it made.
create table notify.notification (
  id uuid primary key,
  recipient_id uuid not null,
  kind text not null check (kind in ('MENTION', 'COMMENT', 'EDIT')),
  -- who did it, latest first, each once
  actor_ids uuid[] not null,
  -- what it is about (a page) and where that lives (its space)
  subject_id uuid not null,
  context_id uuid,
  title text not null,
  excerpt text,
  quote text,
  -- where the web client opens it, and the element to scroll to there
  link text not null,
  anchor text,
  event_key text,
  merge_key text,
  created_at timestamptz not null,
  -- the last fact it took in; the list's order
  updated_at timestamptz not null,
  read_at timestamptz,
  -- neither: a row marked unread again while a newer unread row folds its subject
  check (event_key is null or merge_key is null),
  unique (recipient_id, event_key)
);

create unique index notification_merges_while_unread on notify.notification (recipient_id, merge_key)
  where read_at is null;
create index notification_newest_first on notify.notification (recipient_id, updated_at desc, id desc);
create index notification_unread on notify.notification (recipient_id) where read_at is null;

-- A person without a row has every kind on.
create table notify.preference (
  person_id uuid primary key,
  mentions boolean not null,
  comments boolean not null,
  edits boolean not null,
  updated_at timestamptz not null
);
