-- A co-edited page's content is its Yjs updates: the latest version (a snapshot of the whole state)
-- plus the log of updates stored since. The server never merges them; clients do (docs/adr/0006).

-- Every update a client sent, stored before anyone else receives it. Rows a version covers are
-- deleted when that version is stored.
create table doc.page_update (
  id         bigint generated always as identity primary key,
  page_id    uuid        not null references doc.page (id) on delete cascade,
  author_id  uuid        not null,
  created_at timestamptz not null default now(),
  data       bytea       not null
);
create index page_update_page on doc.page_update (page_id, id);

-- Versions: snapshots of the whole state made by an editor's client when the log grew or editing
-- paused. Never rewritten; a restore is a new edit and so, later, a new version.
create table doc.page_version (
  page_id    uuid        not null references doc.page (id) on delete cascade,
  number     int         not null,
  created_at timestamptz not null default now(),
  editors    uuid[]      not null,
  name       text,
  data       bytea       not null,
  markdown   text        not null,
  primary key (page_id, number)
);
