import {
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../features/auth';

export interface NavItem {
  key: 'messages' | 'mail' | 'calendar' | 'tasks' | 'docs' | 'announcements' | 'directory' | 'admin' | 'account';
  path: string;
  icon: ReactNode;
}

const MESSAGES: NavItem = { key: 'messages', path: '/messages', icon: <MessageOutlined /> };
const MAIL: NavItem = { key: 'mail', path: '/mail', icon: <MailOutlined /> };
const CALENDAR: NavItem = { key: 'calendar', path: '/calendar', icon: <CalendarOutlined /> };
const TASKS: NavItem = { key: 'tasks', path: '/tasks', icon: <CheckSquareOutlined /> };
const DOCS: NavItem = { key: 'docs', path: '/docs', icon: <FileTextOutlined /> };
const ANNOUNCEMENTS: NavItem = { key: 'announcements', path: '/announcements', icon: <NotificationOutlined /> };

/** The desktop rail's modules. Only modules that exist get a place. */
export function navItems(me: Me): NavItem[] {
  return [MESSAGES, MAIL, CALENDAR, TASKS, DOCS, ANNOUNCEMENTS, ...tools(me)];
}

/**
 * The modules with a tab of their own on a phone; the bar also holds notifications and Me.
 * Six tabs is what 360 px holds with whole labels, so Tasks (opened many times a day) took the
 * announcements' place: an announcement reaches a phone as a notification and, when it must be
 * read, as the banner over every screen, and the list of them is one tap further, on the Me screen.
 * The calendar took search's place, as in Feishu's phone app: search moved to the bar over the
 * screen (`PhoneTopBar`), where a phone's search usually is.
 */
export const PHONE_TABS: NavItem[] = [MESSAGES, CALENDAR, TASKS, DOCS];

/** What a phone reaches from the Me screen: a bar of six tabs has no room for them. */
export function phoneMeItems(me: Me): NavItem[] {
  return [MAIL, ANNOUNCEMENTS, ...tools(me)];
}

/** The directory, administration and account: a place on the rail, on the Me screen on a phone. */
function tools(me: Me): NavItem[] {
  return [
    { key: 'directory', path: '/directory', icon: <TeamOutlined /> },
    ...(me.capabilities.administer ? [{ key: 'admin', path: '/admin', icon: <SettingOutlined /> } as NavItem] : []),
    { key: 'account', path: '/account', icon: <SafetyCertificateOutlined /> },
  ];
}

export function isActive(item: Pick<NavItem, 'path'>, pathname: string): boolean {
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
