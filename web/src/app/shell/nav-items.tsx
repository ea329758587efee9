import { FileTextOutlined, MessageOutlined, SafetyCertificateOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../features/auth';

export interface NavItem {
  key: 'messages' | 'docs' | 'directory' | 'admin' | 'account';
  path: string;
  icon: ReactNode;
}

/** Only modules that exist get a place in the rail. */
export function navItems(me: Me): NavItem[] {
  const items: NavItem[] = [
    { key: 'messages', path: '/messages', icon: <MessageOutlined /> },
    { key: 'docs', path: '/docs', icon: <FileTextOutlined /> },
    { key: 'directory', path: '/directory', icon: <TeamOutlined /> },
  ];
  if (me.capabilities.administer) {
    items.push({ key: 'admin', path: '/admin', icon: <SettingOutlined /> });
  }
  items.push({ key: 'account', path: '/account', icon: <SafetyCertificateOutlined /> });
  return items;
}

export function isActive(item: NavItem, pathname: string): boolean {
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
