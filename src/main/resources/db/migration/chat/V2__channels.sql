-- Channels grow settings, roles and two more kinds:
--  GROUP: a conversation of up to 50 people with no name of its own;
--  DEPARTMENT: a department's channel, its members kept equal to the department's subtree by chat's
--  listeners on org's events (at most one per department).
alter table chat.channel drop constraint channel_kind_check;
alter table chat.channel add constraint channel_kind_check
  check (kind in ('PUBLIC', 'PRIVATE', 'DIRECT', 'GROUP', 'DEPARTMENT'));
alter table chat.channel drop constraint channel_check1;
alter table chat.channel add constraint channel_named_check check (kind in ('DIRECT', 'GROUP') or name is not null);

alter table chat.channel add column purpose text check (purpose is null or length(purpose) <= 250);
alter table chat.channel add column posting_policy text not null default 'EVERYONE'
  check (posting_policy in ('EVERYONE', 'ADMINS'));
alter table chat.channel add column mention_policy text not null default 'EVERYONE'
  check (mention_policy in ('EVERYONE', 'ADMINS'));
alter table chat.channel add column department_id uuid unique;
alter table chat.channel add constraint channel_department_check check ((kind = 'DEPARTMENT') = (department_id is not null));
-- browsing public channels by name
create index channel_public_by_name on chat.channel (lower(name)) where kind = 'PUBLIC';

alter table chat.channel_member drop constraint channel_member_role_check;
alter table chat.channel_member add constraint channel_member_role_check check (role in ('OWNER', 'ADMIN', 'MEMBER'));
