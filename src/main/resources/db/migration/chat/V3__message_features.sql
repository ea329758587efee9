-- Threads: a reply names its root; "also sent to channel" puts it in the channel's main history too.
-- The root keeps its thread summary itself, so reading a page of history needs no per-root count.
alter table chat.message
  add column thread_root_id uuid references chat.message (id),
  add column also_in_channel boolean not null default false,
  add column reply_count integer not null default 0,
  add column last_reply_at timestamptz,
  -- reply authors in order of their first reply
  add column reply_participants uuid[] not null default '{}',
  -- who this message notified, fixed when it was posted: named people and the members of named
  -- departments who were in the channel then (one array, not a row per person); @all is a flag
  add column mentions uuid[] not null default '{}',
  add column mentions_all boolean not null default false,
  -- a quote-reply: the quoted message (same channel), its author and an excerpt taken when quoting
  add column quote_of uuid references chat.message (id),
  add column quote_author_id uuid,
  add column quote_excerpt text,
  -- a forwarded message: where it came from, as it was when forwarded
  add column forwarded_message_id uuid,
  add column forwarded_channel_id uuid,
  add column forwarded_channel_name text,
  add column forwarded_author_id uuid,
  add column pinned_at timestamptz,
  add column pinned_by uuid,
  add constraint reply_also_in_channel check (thread_root_id is not null or not also_in_channel);

create index message_thread on chat.message (thread_root_id, seq) where thread_root_id is not null;
create index message_pinned on chat.message (channel_id, pinned_at) where pinned_at is not null;

create table chat.reaction (
  message_id uuid not null references chat.message (id) on delete cascade,
  person_id uuid not null,
  emoji text not null check (length(emoji) between 1 and 16),
  at timestamptz not null,
  primary key (message_id, person_id, emoji)
);

-- earlier versions of an edited message: the body it had and since when; removed when it is deleted
create table chat.message_version (
  message_id uuid not null references chat.message (id) on delete cascade,
  version integer not null,
  body text not null,
  since timestamptz not null,
  primary key (message_id, version)
);

-- one person's saved messages: private, never on a channel's stream
create table chat.saved_item (
  person_id uuid not null,
  message_id uuid not null references chat.message (id) on delete cascade,
  saved_at timestamptz not null,
  primary key (person_id, message_id)
);
create index saved_item_by_person on chat.saved_item (person_id, saved_at desc);
