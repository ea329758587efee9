-- A resource's last position is its newest entry (the primary key's index answers it), so the
-- separate head row goes. It cost every append a second row lock and update, and duplicated what an
-- owner like chat already keeps on its own row (chat.channel.last_seq). Writers now serialise on
-- their own row, or on realtime's advisory lock per resource (docs/realtime.md, "Appending").
alter table realtime.stream_entry drop constraint if exists stream_entry_resource_id_fkey;
drop table realtime.stream_head;
