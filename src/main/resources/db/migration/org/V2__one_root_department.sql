-- The company is the one root of the tree; a second root would split the directory and every access scope.
create unique index department_one_root on org.department ((true)) where parent_id is null;
