-- Every module's streams (docs/realtime.md, "Streams"): one gap-free sequence per resource.

-- a resource's last position; a writer takes the next one with "insert … on conflict do update …
-- returning", which locks this row until its commit, so positions are gap-free and never shared
create table realtime.stream_head (
  resource_id uuid primary key,
  -- the stream kind the resource belongs to (chat.channel, doc.space): resource ids are UUIDv7 and
  -- never shared between kinds, so the id alone keys a stream and a client's cursor
  stream text not null,
  last_seq bigint not null
);

-- what clients catch up from: the event record as JSON, its "kind" property naming the record
create table realtime.stream_entry (
  resource_id uuid not null references realtime.stream_head (resource_id) on delete cascade,
  seq bigint not null,
  event jsonb not null,
  at timestamptz not null,
  primary key (resource_id, seq)
);

-- Chat's channel streams lived in chat.stream (chat's migrations run before these, by folder name).
-- They move here once, as the typed events chat now declares (chat.ChatStreamEvent): a message
-- entry's payload was the message itself and is now its "message"; a channel.updated one's was the
-- settings and is now its "settings"; the member and read entries kept their fields.
do $$
begin
  if to_regclass('chat.stream') is not null then
    insert into realtime.stream_head (resource_id, stream, last_seq)
      select id, 'chat.channel', last_seq from chat.channel where last_seq > 0;
    insert into realtime.stream_entry (resource_id, seq, event, at)
      select s.channel_id, s.seq,
             case when s.kind like 'message.%' then jsonb_build_object('kind', s.kind, 'message', s.payload)
                  when s.kind = 'channel.updated' then jsonb_build_object('kind', s.kind, 'settings', s.payload)
                  else jsonb_build_object('kind', s.kind) || s.payload end,
             s.at
      from chat.stream s join realtime.stream_head h on h.resource_id = s.channel_id;
    drop table chat.stream;
  end if;
end $$;
