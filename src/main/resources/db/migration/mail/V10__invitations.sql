-- Calendar invitations that came by mail (iMIP, RFC 6047): the event a text/calendar part offers,
-- kept once with the content, and each mailbox's answer to it.
create table mail.invitation (
  content_id uuid primary key references mail.content (id) on delete cascade,
  method     text not null check (method in ('REQUEST', 'CANCEL')),
  uid        text not null,
  summary    text not null,
  starts_at  timestamptz,
  ends_at    timestamptz,
  organizer  text not null,
  ics        bytea not null
);

create table mail.invitation_answer (
  message_id  uuid primary key references mail.message (id) on delete cascade,
  answer      text not null check (answer in ('ACCEPTED', 'TENTATIVE', 'DECLINED')),
  answered_at timestamptz not null
);
