-- The files attached to a message, copied from the files module when it is posted (a file's
-- metadata never changes), so history needs no second query; emptied when the message is deleted.
alter table chat.message add column attachments jsonb not null default '[]';
