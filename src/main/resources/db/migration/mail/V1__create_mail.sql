-- Mail (issue #17): domains, addresses, mailboxes, folders, labels, messages, drafts, lists.
-- Who may work from a mailbox is kept in access.resource_grant (resource type mail.mailbox):
-- reader, sender, manager. A personal mailbox's owner holds manager; a shared one names its members.
-- What a mail says is stored once (mail.content); each mailbox holding it has a mail.message row.

-- the domains Atrium receives mail for; everything else is foreign
create table mail.domain (
  name text primary key check (name = lower(name) and length(name) between 3 and 253),
  is_default boolean not null default false,
  created_at timestamptz not null
);
create unique index domain_one_default on mail.domain (is_default) where is_default;

create table mail.mailbox (
  id uuid primary key,
  kind text not null check (kind in ('PERSONAL', 'SHARED')),
  owner_id uuid,
  name text not null check (length(name) between 1 and 100),
  -- the signature offered when composing from this mailbox (TipTap JSON)
  signature jsonb,
  last_seq bigint not null default 0,
  created_at timestamptz not null,
  check ((kind = 'PERSONAL') = (owner_id is not null))
);
create unique index mailbox_personal on mail.mailbox (owner_id) where kind = 'PERSONAL';

-- a mailing list whose members follow the org tree: a department (direct members), a subtree or a group
create table mail.list (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  source_kind text not null check (source_kind in ('DEPARTMENT', 'SUBTREE', 'GROUP')),
  source_id uuid not null,
  -- who may post to it: its members, anyone in the company, or anyone (outside senders too)
  posting text not null default 'COMPANY' check (posting in ('MEMBERS', 'COMPANY', 'ANYONE')),
  created_at timestamptz not null
);

-- an address in one of the domains: delivers to a mailbox, or expands to a list's members
create table mail.address (
  address text primary key check (address = lower(address) and length(address) <= 254),
  domain text not null references mail.domain (name),
  mailbox_id uuid references mail.mailbox (id) on delete cascade,
  list_id uuid references mail.list (id) on delete cascade,
  -- the mailbox's From address; its other addresses are aliases
  is_primary boolean not null default false,
  created_at timestamptz not null,
  check (num_nonnulls(mailbox_id, list_id) = 1),
  check (not is_primary or mailbox_id is not null)
);
create unique index address_primary on mail.address (mailbox_id) where is_primary;
create index address_mailbox on mail.address (mailbox_id);
create index address_list on mail.address (list_id);

create table mail.folder (
  id uuid primary key,
  mailbox_id uuid not null references mail.mailbox (id) on delete cascade,
  -- a system folder's role; null for a folder a person made
  role text check (role in ('INBOX', 'SENT', 'DRAFTS', 'ARCHIVE', 'TRASH', 'SPAM')),
  name text not null check (length(name) between 1 and 100),
  created_at timestamptz not null
);
create unique index folder_role on mail.folder (mailbox_id, role) where role is not null;
create unique index folder_name on mail.folder (mailbox_id, lower(name)) where role is null;

create table mail.label (
  id uuid primary key,
  mailbox_id uuid not null references mail.mailbox (id) on delete cascade,
  name text not null check (length(name) between 1 and 50),
  color text not null default 'blue',
  created_at timestamptz not null
);
create unique index label_name on mail.label (mailbox_id, lower(name));

-- what a mail says, stored once however many mailboxes hold it
create table mail.content (
  id uuid primary key,
  -- RFC 5322 Message-ID, In-Reply-To and References, without angle brackets
  message_id text not null check (length(message_id) between 1 and 998),
  in_reply_to text,
  refs text[] not null default '{}',
  subject text not null default '',
  from_address text not null,
  from_name text not null default '',
  -- [{"address": "...", "name": "..."}]
  to_list jsonb not null default '[]',
  cc_list jsonb not null default '[]',
  -- shown only on the sender's own copy (mail.message.outgoing)
  bcc_list jsonb not null default '[]',
  reply_to jsonb not null default '[]',
  sent_at timestamptz not null,
  -- sanitised HTML (remote images rewritten so they load only when the reader allows them)
  body_html text,
  body_text text not null default '',
  snippet text not null default '' check (length(snippet) <= 300),
  has_remote_images boolean not null default false,
  -- the message as received or as sent, byte for byte (files module), so nothing is ever lost
  raw_file_id uuid,
  -- why parsing failed, when it did: the raw is kept and the reader is told
  parse_problem text,
  -- inbound checks: from outside Atrium; claims one of our domains in From; SPF result if known
  external boolean not null default false,
  spoofed_internal boolean not null default false,
  spf text,
  size_bytes bigint not null default 0,
  created_at timestamptz not null
);
create index content_message_id on mail.content (message_id);

create table mail.attachment (
  content_id uuid not null references mail.content (id) on delete cascade,
  position int not null,
  file_id uuid not null,
  name text not null,
  content_type text not null,
  size_bytes bigint not null,
  -- Content-ID of an inline image the HTML refers to as cid:...
  inline_cid text,
  primary key (content_id, position)
);

-- one mail in one mailbox: where it is filed and how this mailbox has marked it
create table mail.message (
  id uuid primary key,
  mailbox_id uuid not null references mail.mailbox (id) on delete cascade,
  content_id uuid not null references mail.content (id),
  folder_id uuid not null references mail.folder (id),
  -- the conversation in this mailbox (Message-ID / In-Reply-To / References, then subject)
  thread_id uuid not null,
  -- this mailbox sent it (its copy in Sent); Bcc is shown only on such copies
  outgoing boolean not null default false,
  seen boolean not null default false,
  starred boolean not null default false,
  label_ids uuid[] not null default '{}',
  remote_images_allowed boolean not null default false,
  received_at timestamptz not null,
  -- where the folder was before it went to Trash or Spam, so it can be restored
  previous_folder_id uuid,
  unique (mailbox_id, content_id)
);
create index message_folder on mail.message (folder_id, received_at desc, id desc);
create index message_thread on mail.message (mailbox_id, thread_id, received_at);
create index message_unseen on mail.message (folder_id) where not seen;

-- a mail being written: saved as one types, versioned so two devices do not overwrite each other
create table mail.draft (
  id uuid primary key,
  mailbox_id uuid not null references mail.mailbox (id) on delete cascade,
  author_id uuid not null,
  version int not null default 1,
  subject text not null default '' check (length(subject) <= 998),
  to_list jsonb not null default '[]',
  cc_list jsonb not null default '[]',
  bcc_list jsonb not null default '[]',
  -- TipTap JSON
  body jsonb,
  attachment_ids uuid[] not null default '{}',
  -- the message this replies to or forwards, in the same mailbox
  reply_to_message_id uuid references mail.message (id) on delete set null,
  forward_of_message_id uuid references mail.message (id) on delete set null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index draft_mailbox on mail.draft (mailbox_id, updated_at desc);
