-- Messages whose search documents are not yet what the message is now (ADR 0008). A row is
-- queued in the same transaction as the change, so a committed message is always either indexed
-- or queued; the indexer takes rows in batches and deletes them in the transaction that stays open
-- until the index has committed their documents.
create table chat.search_queue (
  message_id uuid primary key,
  -- files the message no longer carries (it was deleted), whose documents must go too
  dropped_files uuid[] not null default '{}',
  queued_at timestamptz not null default now()
);

create function chat.queue_message_for_search() returns trigger language plpgsql as $$
begin
  insert into chat.search_queue as q (message_id, dropped_files)
  values (new.id, case when tg_op = 'UPDATE' then array(
            select (f ->> 'id')::uuid from jsonb_array_elements(old.attachments) f
            except select (f ->> 'id')::uuid from jsonb_array_elements(new.attachments) f)
          else '{}' end)
  on conflict (message_id) do update set dropped_files = q.dropped_files || excluded.dropped_files;
  return null;
end $$;

-- a trigger rather than a statement in each writer: every path that changes what search shows of
-- a message (post, edit, delete, and any added later) queues it, and a post pays no extra round trip
create trigger queue_for_search after insert or update of body, attachments, deleted_at on chat.message
  for each row execute function chat.queue_message_for_search();

-- messages still waiting for the listener this queue replaces are queued, and their publications go
insert into chat.search_queue as q (message_id, dropped_files)
select (serialized_event::jsonb ->> 'messageId')::uuid,
       array(select jsonb_array_elements_text(serialized_event::jsonb -> 'attachmentIds'))::uuid[]
from shared.event_publication
where event_type = 'dev.atrium.chat.MessageWritten' and completion_date is null
on conflict (message_id) do update set dropped_files = q.dropped_files || excluded.dropped_files;
delete from shared.event_publication where event_type = 'dev.atrium.chat.MessageWritten';
