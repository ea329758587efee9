export { DirectoryPage } from './directory/directory-page';
export { DepartmentsAdmin } from './admin/departments-admin';
export { PeopleAdmin } from './admin/people-admin';
export { GroupsAdmin } from './admin/groups-admin';
export { OrgImport } from './admin/org-import';
export { OwnProfileCard } from './profile/own-profile-card';
