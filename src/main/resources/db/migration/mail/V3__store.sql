-- The mailbox store (issue #17): what threading by subject and the raw download need.

-- the subject without its Re:/Fwd:/回复:/转发: prefixes, lower-cased: a reply whose client dropped
-- In-Reply-To and References still joins its conversation
alter table mail.content add column thread_subject text not null default '';
-- the raw message as received over SMTP, kept in mail.inbound; null for mail sent inside Atrium
alter table mail.content add column inbound_id uuid;
create index content_thread_subject on mail.content (thread_subject) where thread_subject <> '';
create index message_content on mail.message (content_id);
