-- The SMTP bridge (issue #17): every message accepted over SMTP is written here first, raw, before
-- it is parsed and delivered, so nothing is lost when parsing or delivery fails; mail for outside
-- addresses waits in a durable queue until the relay takes it, with retries and backoff.

create table mail.inbound (
  id uuid primary key,
  envelope_from text not null default '',
  recipients text[] not null,
  client_address text,
  helo text,
  raw bytea not null,
  received_at timestamptz not null,
  state text not null default 'RECEIVED' check (state in ('RECEIVED', 'DELIVERED', 'FAILED')),
  problem text,
  attempts int not null default 0,
  delivered_at timestamptz
);
create index inbound_pending on mail.inbound (received_at) where state = 'RECEIVED';

create table mail.outbound (
  id uuid primary key,
  -- the sent mail this is a copy of (mail.content), for bounces back to its sender
  content_id uuid not null,
  sender_mailbox_id uuid not null,
  envelope_from text not null,
  recipients text[] not null,
  -- the rendered (and, when a key is configured, DKIM-signed) RFC 5322 message
  mime bytea not null,
  state text not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'FAILED')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null,
  last_problem text,
  created_at timestamptz not null,
  finished_at timestamptz
);
create index outbound_due on mail.outbound (next_attempt_at) where state = 'QUEUED';

create table mail.dkim_key (
  domain text primary key,
  selector text not null,
  private_key_pem text not null,
  created_at timestamptz not null
);
