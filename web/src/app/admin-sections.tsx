import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CrownOutlined,
  FileSearchOutlined,
  ImportOutlined,
  LockOutlined,
  MailOutlined,
  NotificationOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { RolesAdmin } from '../features/access';
import { AttachmentSettings, AuditLog, MailAdmin, SecuritySettings } from '../features/admin';
import { AnnouncementPublishersAdmin } from '../features/announce/write';
import { RoomsAdmin } from '../features/calendar/rooms/admin/rooms-admin';
import { DefaultChannelsSettings } from '../features/chat';
import type { Me } from '../features/auth';
import { DepartmentsAdmin, GroupsAdmin, OrgImport, PeopleAdmin } from '../features/org';
import { SearchIndexAdmin } from '../features/search';
import { useSignedIn } from './require-session';

export interface AdminSection {
  key: string;
  icon: ReactNode;
  Screen: ComponentType;
  allowed: (capabilities: Me['capabilities']) => boolean;
}

/** Installation-wide settings: sign-in security, attachments, then the channels new people join. */
function Settings() {
  return (
    <>
      <SecuritySettings />
      <AttachmentSettings />
      <DefaultChannelsSettings />
    </>
  );
}

/** Who may publish announcements where; approval and categories for those who manage settings. */
function Announcements() {
  const me = useSignedIn();
  return (
    <AnnouncementPublishersAdmin
      manageSettings={me.capabilities.manageSettings}
      defaultDepartmentId={me.roles.find((role) => role.departmentId)?.departmentId}
    />
  );
}

/** The admin console's sections; which ones show is decided by the server's capabilities. */
export const ADMIN_SECTIONS: AdminSection[] = [
  { key: 'departments', icon: <ApartmentOutlined />, Screen: DepartmentsAdmin, allowed: (c) => c.manageOrg },
  { key: 'people', icon: <TeamOutlined />, Screen: PeopleAdmin, allowed: (c) => c.manageOrg },
  { key: 'groups', icon: <UsergroupAddOutlined />, Screen: GroupsAdmin, allowed: (c) => c.manageOrg },
  { key: 'import', icon: <ImportOutlined />, Screen: OrgImport, allowed: (c) => c.manageOrg },
  { key: 'roles', icon: <CrownOutlined />, Screen: RolesAdmin, allowed: (c) => c.manageRoles },
  { key: 'settings', icon: <LockOutlined />, Screen: Settings, allowed: (c) => c.manageSettings },
  { key: 'announcements', icon: <NotificationOutlined />, Screen: Announcements, allowed: (c) => c.manageOrg },
  { key: 'rooms', icon: <BankOutlined />, Screen: RoomsAdmin, allowed: (c) => c.manageSettings },
  { key: 'mail', icon: <MailOutlined />, Screen: MailAdmin, allowed: (c) => c.manageSettings },
  { key: 'search', icon: <FileSearchOutlined />, Screen: SearchIndexAdmin, allowed: (c) => c.manageSettings },
  { key: 'audit', icon: <AuditOutlined />, Screen: AuditLog, allowed: (c) => c.viewAudit },
];
