create table access.role_grant (
  id uuid primary key,
  person_id uuid not null,
  role text not null check (role in ('SYSTEM_ADMIN', 'DEPARTMENT_ADMIN')),
  department_id uuid,
  granted_at timestamptz not null default now(),
  granted_by uuid,
  check ((role = 'DEPARTMENT_ADMIN') = (department_id is not null)),
  unique nulls not distinct (person_id, role, department_id)
);
create index role_grant_by_person on access.role_grant (person_id);
