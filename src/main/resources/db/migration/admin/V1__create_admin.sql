-- The audit log: append-only and hash-chained. Each entry's hash covers the previous entry's hash
-- and its own content, so a changed or removed entry breaks every hash after it.
create table admin.audit_entry (
  seq bigint primary key,
  id uuid not null unique,
  at timestamptz not null,
  actor_id uuid,
  actor_name text,
  action text not null,
  target_type text not null,
  target_id uuid,
  target_label text,
  ip_address text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_entry_by_at on admin.audit_entry (at desc);
create index audit_entry_by_actor on admin.audit_entry (actor_id, at desc);
create index audit_entry_by_target on admin.audit_entry (target_id, at desc);
create index audit_entry_by_action on admin.audit_entry (action, at desc);

create function admin.refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete or truncate on admin.audit_entry
  for each statement execute function admin.refuse_audit_change();

-- The one definition of an entry's hash, used when appending and when verifying.
create function admin.audit_hash(prev text, id uuid, at timestamptz, actor_id uuid, action text, target_type text,
                                 target_id uuid, target_label text, ip_address text, details jsonb)
  returns text language sql immutable as $$
  select encode(sha256(convert_to(concat_ws('|', prev, id::text, (extract(epoch from at) * 1000000)::bigint::text,
    coalesce(actor_id::text, ''), action, target_type, coalesce(target_id::text, ''), coalesce(target_label, ''),
    coalesce(ip_address, ''), details::text), 'UTF8')), 'hex')
$$;
