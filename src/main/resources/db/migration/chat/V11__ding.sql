-- DING: an urgent alert its recipients must acknowledge. Its source is a chat message (channel_id
-- and seq, dinged by the message's author) or another module's object (no message; its title and
-- the web client's link to it). One row per recipient: DINGs go to a few chosen people, or to an
-- urgent announcement's audience, never to a whole channel by default.
create table chat.ding (
  id uuid primary key,
  author_id uuid not null,
  channel_id uuid references chat.channel (id),
  seq bigint,
  title text not null,
  link text not null,
  created_at timestamptz not null,
  check ((channel_id is null) = (seq is null))
);

-- another module's DING of one object by one author is one row: its durable listener may run
-- twice, and a second call only adds recipients not yet dinged
create unique index ding_object on chat.ding (author_id, link) where channel_id is null;

create table chat.ding_recipient (
  ding_id uuid not null references chat.ding (id),
  person_id uuid not null,
  acknowledged_at timestamptz,
  primary key (ding_id, person_id)
);

-- a person's unacknowledged DINGs, the alert every client asks for after (re)connecting
create index ding_recipient_waiting on chat.ding_recipient (person_id) where acknowledged_at is null;
