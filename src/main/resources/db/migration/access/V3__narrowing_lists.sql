-- A narrowing resource (a restricted page) lists, role by role, who keeps each role; one grantee may
-- be on two lists. "Only Ann may view and edit" is Ann as viewer and as editor: with Ann as editor
-- alone the page would narrow editing only, and everyone else could still read it. Other types keep
-- one role per grantee (ResourceAccess refuses a grantee named twice).
alter table access.resource_grant drop constraint resource_grant_resource_type_resource_id_kind_subject_id_key;
alter table access.resource_grant add constraint resource_grant_once
  unique nulls not distinct (resource_type, resource_id, kind, subject_id, role);
