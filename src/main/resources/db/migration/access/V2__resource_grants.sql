-- Roles on resources (a space, a page, a channel): who holds which of the resource type's roles.
-- The module owning a resource type names it "module.type" and declares its roles; a resource's
-- rows are its grants. Rows of a narrowing type (a restricted page) narrow the parent's roles.
create table access.resource_grant (
  resource_type text not null check (resource_type ~ '^[a-z]+\.[a-z-]+$'),
  resource_id uuid not null,
  kind text not null check (kind in ('PERSON', 'DEPARTMENT', 'SUBTREE', 'GROUP', 'COMPANY', 'GUESTS')),
  subject_id uuid,
  role text not null,
  granted_by uuid,
  granted_at timestamptz not null default now(),
  check ((kind in ('COMPANY', 'GUESTS')) = (subject_id is null)),
  unique nulls not distinct (resource_type, resource_id, kind, subject_id)
);
-- "which resources may S see" starts from the viewer's person, departments and groups
create index resource_grant_by_subject on access.resource_grant (subject_id, resource_type) include (resource_id, role);
create index resource_grant_by_kind on access.resource_grant (resource_type, kind) where subject_id is null;
