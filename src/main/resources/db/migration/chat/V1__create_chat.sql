create table chat.channel (
  id uuid primary key,
  kind text not null check (kind in ('PUBLIC', 'PRIVATE', 'DIRECT')),
  name text check (name is null or length(name) between 1 and 80),
  topic text check (topic is null or length(topic) <= 250),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  archived boolean not null default false,
  -- the stream's last position; writers take the next one with "update … returning", which
  -- serialises them on this row, so positions are gap-free and never shared
  last_seq bigint not null default 0,
  -- the two people of a direct conversation, smaller id first: opening it twice finds the same row
  direct_pair text unique,
  check ((kind = 'DIRECT') = (direct_pair is not null)),
  check ((kind = 'DIRECT') or name is not null)
);

create table chat.channel_member (
  channel_id uuid not null references chat.channel (id) on delete cascade,
  person_id uuid not null,
  role text not null check (role in ('OWNER', 'MEMBER')),
  read_seq bigint not null default 0,
  joined_at timestamptz not null default now(),
  primary key (channel_id, person_id)
);
create index channel_member_by_person on chat.channel_member (person_id);

create table chat.message (
  id uuid primary key,
  channel_id uuid not null references chat.channel (id) on delete cascade,
  seq bigint not null,
  author_id uuid not null,
  client_message_id uuid not null,
  body text not null,
  created_at timestamptz not null,
  edited_at timestamptz,
  deleted_at timestamptz,
  unique (channel_id, seq),
  -- idempotent sends: a retry with the same clientMessageId can never store a second message
  unique (channel_id, author_id, client_message_id)
);

-- everything that happened in a channel, in order; clients catch up from here
create table chat.stream (
  channel_id uuid not null references chat.channel (id) on delete cascade,
  seq bigint not null,
  kind text not null,
  payload jsonb not null,
  at timestamptz not null,
  primary key (channel_id, seq)
);
