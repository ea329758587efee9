-- The SMTP bridge retries a received message whose delivery failed (docs/mail.md, "The SMTP
-- bridge"): when it is next due. The raw message stays whatever happens.
alter table mail.inbound add column next_attempt_at timestamptz not null default now();
drop index mail.inbound_pending;
create index inbound_pending on mail.inbound (next_attempt_at) where state = 'RECEIVED';
-- what failed for good, counted for the administrator and monitoring (MailQueues)
create index inbound_failed on mail.inbound (received_at) where state = 'FAILED';
create index outbound_failed on mail.outbound (created_at) where state = 'FAILED';
