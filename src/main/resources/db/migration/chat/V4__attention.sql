-- a conversation a person starred shows in their sidebar's Starred section
alter table chat.channel_member add column starred boolean not null default false;

-- do not disturb, set by the person: a row while it is on; dnd_until null = until turned off.
-- Whether someone is connected is not stored: the realtime nodes count sockets in memory.
create table chat.status (
  person_id uuid primary key,
  dnd_until timestamptz,
  set_at timestamptz not null
);
