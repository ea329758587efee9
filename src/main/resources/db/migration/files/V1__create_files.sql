-- Uploaded files. The bytes live on disk, content-addressed by sha256 (docs/files.md); a row is
-- one upload by one person, unattached until something (a message) claims it.
create table files.file (
  id uuid primary key,
  name text not null check (length(name) between 1 and 255),
  size bigint not null check (size >= 0),
  -- sniffed from the bytes, never taken from the client
  content_type text not null,
  sha256 text not null check (length(sha256) = 64),
  uploader_id uuid not null,
  created_at timestamptz not null,
  width int,
  height int,
  thumbnail_type text,
  -- what the file is attached to (e.g. 'chat.message' and the message's id); whoever may read
  -- that object may read the file
  owner_kind text,
  owner_id uuid,
  attached_at timestamptz,
  check ((owner_kind is null) = (owner_id is null))
);
create index file_by_sha256 on files.file (sha256);
create index file_by_owner on files.file (owner_kind, owner_id);
create index file_unattached on files.file (created_at) where owner_id is null;

-- the administrator's limits, one row
create table files.limits (
  id boolean primary key default true check (id),
  max_bytes bigint not null check (max_bytes > 0),
  blocked_extensions text[] not null,
  blocked_content_types text[] not null
);
insert into files.limits (max_bytes, blocked_extensions, blocked_content_types) values (
  104857600,
  '{exe,bat,cmd,sh,js,msi,dll,scr,com,ps1,vbs}',
  '{application/x-msdownload,application/x-executable,application/x-sharedlib,application/x-msi,text/x-shellscript}'
);
