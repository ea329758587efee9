-- Further owners of a file. A copied page shows the original page's images (its content refers to
-- their ids): whoever may read the copy may read them too, and deleting the original for good hands
-- each file to a page that shares it instead of deleting it.
create table files.file_share (
  file_id uuid not null references files.file (id) on delete cascade,
  owner_kind text not null,
  owner_id uuid not null,
  primary key (file_id, owner_kind, owner_id)
);
create index file_share_by_owner on files.file_share (owner_kind, owner_id);
