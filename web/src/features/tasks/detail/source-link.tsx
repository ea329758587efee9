import { FileTextOutlined, MessageOutlined, NotificationOutlined } from '@ant-design/icons';
import { Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskSource } from '../api/types';

/** Where a source lives in the client; the paths are the chat, docs and announcements modules' own. */
function sourceTarget(source: TaskSource): string | undefined {
  if (source.kind === 'chat.message' && source.channelId) {
    return source.seq !== undefined ? `/messages/${source.channelId}/${source.seq}` : `/messages/${source.channelId}`;
  }
  if (source.kind === 'doc.page' && source.pageId) {
    const spaceId = (source as { spaceId?: string }).spaceId;
    return spaceId ? `/docs/spaces/${spaceId}/pages/${source.pageId}` : undefined;
  }
  if (source.kind === 'announce' && source.announcementId) return `/announcements/${source.announcementId}`;
  return undefined;
}

/**
 * "From a message in #design": where the task came from, a link back to it, and whether that
 * message was edited or deleted since (the task stays either way).
 */
export function SourceLink({ source }: { source: TaskSource }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const target = source.status === 'DELETED' ? undefined : sourceTarget(source);
  const icon =
    source.kind === 'chat.message' ? (
      <MessageOutlined />
    ) : source.kind === 'doc.page' ? (
      <FileTextOutlined />
    ) : (
      <NotificationOutlined />
    );
  const label =
    source.kind === 'chat.message'
      ? source.channelName
        ? t('tasks.source.messageIn', { channel: source.channelName })
        : t('tasks.source.message')
      : source.kind === 'doc.page'
        ? t('tasks.source.page', { title: source.title ?? '' })
        : t('tasks.source.announcement', { title: source.title ?? '' });
  return (
    <Flex
      vertical
      gap={2}
      data-testid="task-source"
      data-status={source.status}
      style={{ padding: '8px 12px', background: token.colorFillQuaternary, borderRadius: token.borderRadius }}
    >
      <Flex align="center" gap={6} wrap>
        {icon}
        {target ? <Link to={target}>{label}</Link> : <Typography.Text>{label}</Typography.Text>}
        {source.status === 'EDITED' && <Tag color="gold">{t('tasks.source.edited')}</Tag>}
        {source.status === 'DELETED' && <Tag color="red">{t('tasks.source.deleted')}</Tag>}
      </Flex>
      {source.excerpt && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: source.excerpt }} style={{ fontSize: 12 }}>
          {source.excerpt}
        </Typography.Text>
      )}
    </Flex>
  );
}
