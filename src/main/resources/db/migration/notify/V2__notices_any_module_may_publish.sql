-- Notify knows no feature: a notification is of a kind a module declared ('doc.comment',
-- 'chat.mention'), and its title and text are message keys of the web client with their values.
-- The rows doc made so far become doc's kinds with doc's keys; what they said stays the same.
alter table notify.notification drop constraint notification_kind_check;
alter table notify.notification
  add column module text,
  add column title_key text,
  add column title_params jsonb not null default '{}',
  add column text_key text,
  add column text_params jsonb not null default '{}';

update notify.notification set
  module = 'doc',
  kind = case kind when 'MENTION' then 'doc.mention' when 'COMMENT' then 'doc.comment' else 'doc.edit' end,
  title_key = case kind when 'MENTION' then 'docs.notices.mentioned' when 'COMMENT' then 'docs.notices.commented'
                        else 'docs.notices.edited' end,
  title_params = jsonb_build_object('title', title),
  text_key = case when excerpt is null then null else 'notify.verbatim' end,
  text_params = case when excerpt is null then '{}'::jsonb else jsonb_build_object('text', excerpt) end;

alter table notify.notification
  alter column module set not null,
  alter column title_key set not null,
  drop column subject_id,
  drop column context_id,
  drop column title,
  drop column excerpt;

-- Bell on or off per person and kind; a kind without a row is on.
create table notify.kind_setting (
  person_id uuid not null,
  kind text not null,
  bell boolean not null,
  updated_at timestamptz not null,
  primary key (person_id, kind)
);

insert into notify.kind_setting (person_id, kind, bell, updated_at)
select person_id, k.kind, k.bell, updated_at from notify.preference,
  lateral (values ('doc.mention', mentions), ('doc.comment', comments), ('doc.edit', edits)) as k(kind, bell)
where not k.bell;

drop table notify.preference;

-- Do-not-disturb hours, every day, in the person's time zone; ends_at before starts_at runs over midnight.
create table notify.quiet_hours (
  person_id uuid primary key,
  starts_at time not null,
  ends_at time not null,
  time_zone text not null,
  updated_at timestamptz not null,
  check (starts_at <> ends_at)
);

-- When each person last looked at their notifications: where their next digest starts.
create table notify.seen (
  person_id uuid primary key,
  seen_at timestamptz not null
);

-- What someone away left unread, by module: [{module, count, latest: [notification ids]}].
create table notify.digest (
  id uuid primary key,
  person_id uuid not null,
  since timestamptz not null,
  created_at timestamptz not null,
  groups jsonb not null,
  unique (person_id, since)
);
create index digest_latest on notify.digest (person_id, created_at desc);
