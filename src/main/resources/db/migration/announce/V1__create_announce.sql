-- Announcements (issue #14): categories, announcements with their versions, the recipients resolved
-- at publication (who may read one, and their receipts), comments, reactions and the approval settings.

create table announce.category (
  key text primary key check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name_zh text not null check (length(name_zh) between 1 and 40),
  name_en text not null check (length(name_en) between 1 and 40),
  position int not null,
  archived boolean not null default false
);

insert into announce.category (key, name_zh, name_en, position) values
  ('company-news', '公司新闻', 'Company news', 0),
  ('policy', '制度政策', 'Policy', 1),
  ('hr', '人事', 'HR', 2),
  ('it', 'IT', 'IT', 3),
  ('administration', '行政', 'Administration', 4);

create table announce.announcement (
  id uuid primary key,
  author_id uuid not null,
  state text not null check (state in ('DRAFT', 'PENDING_APPROVAL', 'RETURNED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
  title text not null check (length(title) between 1 and 200),
  body jsonb not null,
  body_text text not null,
  category text not null references announce.category (key),
  importance text not null check (importance in ('NORMAL', 'IMPORTANT', 'URGENT')),
  must_read boolean not null,
  cover_file_id uuid,
  attachment_file_ids uuid[] not null default '{}',
  audience jsonb not null,
  include_later_joiners boolean not null,
  comments_enabled boolean not null,
  reactions_enabled boolean not null,
  channel_id uuid,
  publish_at timestamptz,
  published_at timestamptz,
  expires_at timestamptz,
  pinned_until timestamptz,
  withdrawn_at timestamptz,
  version int not null default 1,
  -- the version whose confirmation a must-read asks for: the last one published with reconfirm
  required_version int not null default 1,
  -- when the last correction of a published one was made ("updated since you opened it")
  corrected_at timestamptz,
  return_comment text,
  reviewer_id uuid,
  recipient_count int not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index announcement_by_author on announce.announcement (author_id, created_at desc);
create index announcement_by_state on announce.announcement (state, publish_at);

create table announce.version (
  announcement_id uuid not null references announce.announcement (id) on delete cascade,
  version int not null,
  title text not null,
  body jsonb not null,
  body_text text not null,
  edited_by uuid not null,
  edited_at timestamptz not null,
  reconfirm boolean not null,
  primary key (announcement_id, version)
);

create table announce.recipient (
  announcement_id uuid not null references announce.announcement (id) on delete cascade,
  person_id uuid not null,
  -- the person's main department when it was delivered, so statistics by department stay as sent
  department_id uuid,
  delivered_at timestamptz not null,
  opened_at timestamptz,
  opened_device text check (opened_device in ('DESKTOP', 'PHONE')),
  confirmed_at timestamptz,
  confirmed_version int,
  reminded_at timestamptz,
  escalated_at timestamptz,
  primary key (announcement_id, person_id)
);
create index recipient_by_person on announce.recipient (person_id, announcement_id);
create index recipient_by_department on announce.recipient (announcement_id, department_id);

create table announce.comment (
  id uuid primary key,
  announcement_id uuid not null references announce.announcement (id) on delete cascade,
  author_id uuid not null,
  text text not null check (length(text) between 1 and 4000),
  created_at timestamptz not null
);
create index comment_by_announcement on announce.comment (announcement_id, created_at);

create table announce.reaction (
  announcement_id uuid not null references announce.announcement (id) on delete cascade,
  person_id uuid not null,
  emoji text not null check (length(emoji) between 1 and 32),
  created_at timestamptz not null,
  primary key (announcement_id, person_id, emoji)
);

-- one row: when publishing waits for a reviewer
create table announce.settings (
  id boolean primary key default true check (id),
  approval_threshold int check (approval_threshold > 0),
  company_wide_needs_approval boolean not null default false
);
insert into announce.settings (id) values (true);
