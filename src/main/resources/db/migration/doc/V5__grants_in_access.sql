-- Space grants and page restrictions move to access.resource_grant (access migrates before doc), as
-- grants on "doc.space" (viewer, editor, manager: READ, EDIT, ADMIN) and "doc.page" (a restriction's
-- readers' list as viewer, its editors' list as editor; one may be on both). Doc's DEPARTMENT always
-- meant the department with everything below it: access calls that SUBTREE.
-- who gave a grant was never recorded: granted_by stays empty
insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
select 'doc.space', g.space_id, case g.kind when 'DEPARTMENT' then 'SUBTREE' else g.kind end, g.principal_id,
       case g.role when 'READ' then 'viewer' when 'EDIT' then 'editor' else 'manager' end
from doc.space_grant g;

insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
select 'doc.page', r.page_id, case r.kind when 'DEPARTMENT' then 'SUBTREE' else r.kind end, r.principal_id,
       case r.level when 'READ' then 'viewer' else 'editor' end
from doc.page_restriction r;

drop table doc.page_restriction;
drop table doc.space_grant;
