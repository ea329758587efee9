import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Message } from '../api/messages';
import { usePersonName } from '../use-channel-title';
import { MessageBody } from './message-body';

/** Messages shown as a plain list (pinned, saved): author, time, text; a tap opens where it is. */
export function MessageDigestList({
  messages,
  myId,
  onOpen,
  testId,
  extra,
}: {
  messages: Message[];
  myId: string;
  onOpen?: (message: Message) => void;
  testId: string;
  extra?: (message: Message) => React.ReactNode;
}) {
  const { t } = useTranslation();
  if (messages.length === 0) return <Empty description={t('common.empty')} />;
  return (
    <List
      dataSource={messages}
      renderItem={(message) => (
        <List.Item
          data-testid={testId}
          style={{ cursor: onOpen ? 'pointer' : undefined, display: 'block' }}
          onClick={() => onOpen?.(message)}
        >
          <Digest message={message} myId={myId} />
          {extra?.(message)}
        </List.Item>
      )}
    />
  );
}

function Digest({ message, myId }: { message: Message; myId: string }) {
  const { t, i18n } = useTranslation();
  const author = usePersonName(message.authorId).name;
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{author}</Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
          new Date(message.createdAt),
        )}
      </Typography.Text>
      {message.deletedAt ? (
        <Typography.Text type="secondary" italic style={{ display: 'block' }}>
          {t('chat.deleted')}
        </Typography.Text>
      ) : (
        <div style={{ maxHeight: 120, overflow: 'hidden' }}>
          <MessageBody text={message.body} myId={myId} />
        </div>
      )}
    </div>
  );
}
