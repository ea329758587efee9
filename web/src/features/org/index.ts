// DirectoryPage (directory/directory-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { DepartmentsAdmin } from './admin/departments-admin';
export { PeopleAdmin } from './admin/people-admin';
export { GroupsAdmin } from './admin/groups-admin';
export { OrgImport } from './admin/org-import';
export { OwnProfileCard } from './profile/own-profile-card';
