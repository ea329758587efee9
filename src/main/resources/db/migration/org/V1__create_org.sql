create table org.department (
  id uuid primary key,
  parent_id uuid references org.department (id),
  name text not null check (length(name) between 1 and 100),
  -- ancestors first, the department itself last: subtree tests and access scopes need no recursion
  path uuid[] not null,
  head_id uuid,
  created_at timestamptz not null default now(),
  unique nulls not distinct (parent_id, name)
);
create index department_by_path on org.department using gin (path);

create table org.person (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  email text not null,
  phone text,
  employee_no text,
  title text,
  status_text text,
  primary_department_id uuid references org.department (id),
  guest boolean not null default false,
  suspended boolean not null default false,
  pinyin_full text not null default '',
  pinyin_initials text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index person_email on org.person (lower(email));
create unique index person_employee_no on org.person (employee_no) where employee_no is not null;
create index person_by_department on org.person (primary_department_id);

alter table org.department add constraint department_head foreign key (head_id) references org.person (id) on delete set null;

-- secondary departments; the primary one lives on the person
create table org.membership (
  person_id uuid not null references org.person (id) on delete cascade,
  department_id uuid not null references org.department (id),
  title text,
  primary key (person_id, department_id)
);
create index membership_by_department on org.membership (department_id);

create table org.person_group (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  description text,
  created_at timestamptz not null default now()
);
create unique index person_group_name on org.person_group (lower(name));

create table org.group_member (
  group_id uuid not null references org.person_group (id) on delete cascade,
  person_id uuid not null references org.person (id) on delete cascade,
  primary key (group_id, person_id)
);
create index group_member_by_person on org.group_member (person_id);
