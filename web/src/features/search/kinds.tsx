import {
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileOutlined,
  FileTextOutlined,
  MessageOutlined,
  NotificationOutlined,
  NumberOutlined,
  ProjectOutlined,
  SearchOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

const ICONS: Record<string, ReactNode> = {
  message: <MessageOutlined />,
  file: <FileOutlined />,
  person: <UserOutlined />,
  channel: <NumberOutlined />,
  page: <FileTextOutlined />,
  space: <BookOutlined />,
  announcement: <NotificationOutlined />,
  task: <CheckSquareOutlined />,
  'task-project': <ProjectOutlined />,
  event: <CalendarOutlined />,
};

/** A kind's icon; kinds added on the server later get a plain one until the client knows them. */
export function kindIcon(kind: string): ReactNode {
  return ICONS[kind] ?? <SearchOutlined />;
}

export function kindLabel(t: TFunction, kind: string): string {
  return t(`search.kinds.${kind}`, { defaultValue: kind });
}
