-- Spaces (a department's, a project's, one person's), their page trees, who may read, edit or
-- administer them, and each person's favourites and recently viewed pages.
create table doc.space (
  id uuid primary key,
  kind text not null check (kind in ('DEPARTMENT', 'PROJECT', 'PERSONAL')),
  name text not null check (length(name) between 1 and 80),
  description text check (description is null or length(description) <= 500),
  icon text check (icon is null or length(icon) <= 16),
  color text check (color is null or color ~ '^#[0-9a-fA-F]{6}$'),
  -- a department's space (at most one each) and a person's own space (one each)
  department_id uuid unique,
  owner_id uuid unique,
  archived boolean not null default false,
  created_by uuid not null,
  created_at timestamptz not null,
  check ((kind = 'DEPARTMENT') = (department_id is not null)),
  check ((kind = 'PERSONAL') = (owner_id is not null))
);

-- Who may do what in a space: a department's subtree, a person, or everyone in the company who is
-- not a guest. The strongest grant a person matches decides their role.
create table doc.space_grant (
  space_id uuid not null references doc.space (id) on delete cascade,
  kind text not null check (kind in ('DEPARTMENT', 'PERSON', 'COMPANY')),
  principal_id uuid,
  role text not null check (role in ('READ', 'EDIT', 'ADMIN')),
  check ((kind = 'COMPANY') = (principal_id is null))
);
create unique index space_grant_once on doc.space_grant (space_id, kind, coalesce(principal_id, '00000000-0000-0000-0000-000000000000'));
create index space_grant_by_principal on doc.space_grant (principal_id);

create table doc.page (
  id uuid primary key,
  space_id uuid not null references doc.space (id) on delete cascade,
  parent_id uuid references doc.page (id),
  -- the ancestors from the space's root down to the page itself: subtrees, cycles and inherited
  -- restrictions are read from it without recursion; a move rewrites it for the moved subtree
  path uuid[] not null,
  -- order among siblings; spaced by 2^20 so a drag writes one row, siblings are renumbered only
  -- when two neighbours leave no gap
  sort_key bigint not null,
  title text not null check (length(title) between 1 and 200),
  tags text[] not null default '{}' check (cardinality(tags) <= 20),
  -- the current rendering, written by the editor (Pages#storeContent); null until first saved
  markdown text,
  plain_text text,
  -- a template's Markdown, for the editor to start from until the page has content
  initial_markdown text,
  archived boolean not null default false,
  trashed_at timestamptz,
  trashed_by uuid,
  -- the page whose trashing took this one along: restoring that page brings back exactly these
  trash_root uuid,
  created_by uuid not null,
  created_at timestamptz not null,
  updated_by uuid not null,
  updated_at timestamptz not null,
  check ((trashed_at is null) = (trash_root is null))
);
create index page_by_parent on doc.page (space_id, parent_id, sort_key);
create index page_by_path on doc.page using gin (path);
create index page_by_trash_root on doc.page (trash_root) where trash_root is not null;
create index page_by_tags on doc.page using gin (tags);

-- A page narrowing who may read (READ or EDIT entries, when any READ entry exists) and who may
-- edit (EDIT entries, when any entry exists), for itself and every page below it.
create table doc.page_restriction (
  page_id uuid not null references doc.page (id) on delete cascade,
  level text not null check (level in ('READ', 'EDIT')),
  kind text not null check (kind in ('DEPARTMENT', 'PERSON')),
  principal_id uuid not null,
  primary key (page_id, level, kind, principal_id)
);

create table doc.favourite (
  person_id uuid not null,
  page_id uuid not null references doc.page (id) on delete cascade,
  created_at timestamptz not null,
  primary key (person_id, page_id)
);

create table doc.recent_view (
  person_id uuid not null,
  page_id uuid not null references doc.page (id) on delete cascade,
  viewed_at timestamptz not null,
  primary key (person_id, page_id)
);
create index recent_view_by_person on doc.recent_view (person_id, viewed_at desc);

-- Templates saved from pages, for one space or the whole company; the built-in ones live in code.
create table doc.template (
  id uuid primary key,
  space_id uuid references doc.space (id) on delete cascade,
  name text not null check (length(name) between 1 and 80),
  description text check (description is null or length(description) <= 200),
  markdown text not null,
  created_by uuid not null,
  created_at timestamptz not null
);
create index template_by_space on doc.template (space_id);
