-- Channel roles move to access, the one permission model (resource type "chat.channel", declared by
-- dev.atrium.chat.ChannelAccess): each member's role becomes their grant by name on the channel, and
-- a public channel grants its weakest role to the company, which is what lets anyone but a guest see
-- and join it. chat.channel_member keeps each member's own state (read cursor, star, when they
-- joined); Memberships writes a member's row and grant together.
insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role, granted_at)
select 'chat.channel', m.channel_id, 'PERSON', m.person_id, lower(m.role), m.joined_at
from chat.channel_member m
on conflict do nothing;

insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role, granted_by, granted_at)
select 'chat.channel', c.id, 'COMPANY', null, 'member', c.created_by, c.created_at
from chat.channel c where c.kind = 'PUBLIC'
on conflict do nothing;

alter table chat.channel_member drop column role;
