-- One account per person who may sign in; the person itself lives in org.
create table auth.account (
  person_id uuid primary key,
  password_hash text not null,
  password_change_required boolean not null default false,
  totp_secret text,            -- encrypted with the installation's key; set once enrolment is confirmed
  totp_pending_secret text,    -- encrypted; between "start enrolment" and "confirm"
  totp_last_step bigint not null default 0,  -- a code whose time step is not newer is refused (no replay)
  locale text,
  password_changed_at timestamptz not null default now()
);

create table auth.recovery_code (
  person_id uuid not null references auth.account (person_id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (person_id, code_hash)
);

-- Only the SHA-256 of a session token is stored; the token itself lives in the browser's cookie.
create table auth.session (
  id uuid primary key,
  token_hash bytea not null unique,
  person_id uuid not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip_address text,
  user_agent text
);
create index session_by_person on auth.session (person_id);

create table auth.api_token (
  id uuid primary key,
  token_hash bytea not null unique,
  person_id uuid not null,
  name text not null check (length(name) between 1 and 100),
  scopes text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_used_at timestamptz
);
create index api_token_by_person on auth.api_token (person_id);

-- Failed sign-ins, counted per account and per address over a sliding window.
create table auth.sign_in_failure (
  id bigint generated always as identity primary key,
  login text not null,
  ip_address text not null,
  at timestamptz not null default now()
);
create index sign_in_failure_by_login on auth.sign_in_failure (login, at);
create index sign_in_failure_by_address on auth.sign_in_failure (ip_address, at);

create table auth.policy (
  id boolean primary key default true check (id),
  mfa_required boolean not null default false
);
insert into auth.policy (id) values (true);
