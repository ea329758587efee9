import {
  FileTextOutlined,
  MessageOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../features/auth';

export interface NavItem {
  key: 'messages' | 'docs' | 'announcements' | 'directory' | 'admin' | 'account';
  path: string;
  icon: ReactNode;
}

const MESSAGES: NavItem = { key: 'messages', path: '/messages', icon: <MessageOutlined /> };
const DOCS: NavItem = { key: 'docs', path: '/docs', icon: <FileTextOutlined /> };
const ANNOUNCEMENTS: NavItem = { key: 'announcements', path: '/announcements', icon: <NotificationOutlined /> };

/** The desktop rail's modules. Only modules that exist get a place. */
export function navItems(me: Me): NavItem[] {
  return [MESSAGES, DOCS, ANNOUNCEMENTS, ...phoneMeItems(me)];
}

/** The modules with a tab of their own on a phone; the bar also holds search, notifications and Me. */
export const PHONE_TABS: NavItem[] = [MESSAGES, DOCS, ANNOUNCEMENTS];

/** What a phone reaches from the Me screen: a bar of five tabs has no room for them. */
export function phoneMeItems(me: Me): NavItem[] {
  return [
    { key: 'directory', path: '/directory', icon: <TeamOutlined /> },
    ...(me.capabilities.administer ? [{ key: 'admin', path: '/admin', icon: <SettingOutlined /> } as NavItem] : []),
    { key: 'account', path: '/account', icon: <SafetyCertificateOutlined /> },
  ];
}

export function isActive(item: Pick<NavItem, 'path'>, pathname: string): boolean {
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
