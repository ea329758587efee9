import {
  ArrowLeftOutlined,
  DeleteOutlined,
  InboxOutlined,
  MailOutlined,
  RollbackOutlined,
  SendOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, theme, Tooltip, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { threadQuery } from '../api/mail-api';
import type { BulkRequest, MailMessage } from '../api/types';
import { MessageView } from './message-view';

export type Respond = (message: MailMessage, how: 'reply' | 'replyAll' | 'forward') => void;

/** The third pane: a conversation's messages oldest first, with what one does to it. */
export function Conversation({
  mailboxId,
  threadId,
  onBack,
  onBulk,
  onRespond,
}: {
  mailboxId: string;
  threadId: string;
  onBack?: () => void;
  onBulk: (request: BulkRequest) => void;
  onRespond: Respond;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const thread = useQuery(threadQuery(mailboxId, threadId));
  const messages = thread.data ?? [];
  const unseen = messages.filter((message) => !message.seen).map((message) => message.id);
  // opening a conversation reads it, once per arrival of unseen messages (a live reply included)
  const marked = useRef('');
  useEffect(() => {
    const key = unseen.join(',');
    if (key && key !== marked.current) {
      marked.current = key;
      onBulk({ messageIds: unseen, action: 'SEEN' });
    }
  }, [unseen, onBulk]);
  if (thread.isLoading) return <Loading />;
  if (thread.isError) return <LoadFailed error={thread.error} onRetry={() => void thread.refetch()} />;
  const last = messages.at(-1);
  const all = messages.map((message) => message.id);
  const action = (label: string, icon: React.ReactNode, onClick: () => void, testId: string) => (
    <Tooltip title={label}>
      <Button type="text" icon={icon} aria-label={label} onClick={onClick} data-testid={testId} />
    </Tooltip>
  );
  return (
    <Flex vertical data-testid="mail-conversation">
      <Flex
        align="center"
        gap={token.marginXS}
        style={{
          padding: `${token.paddingXS}px ${token.paddingSM}px`,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {onBack && (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('common.back')}
            onClick={onBack}
            data-testid="mail-back"
          />
        )}
        <Typography.Title level={5} ellipsis style={{ margin: 0, flex: 1 }} data-testid="mail-subject">
          {messages[0]?.subject || t('mail.noSubject')}
        </Typography.Title>
        {action(
          t('mail.actions.archive'),
          <InboxOutlined />,
          () => onBulk({ messageIds: all, action: 'ARCHIVE' }),
          'mail-archive',
        )}
        {action(
          t('mail.actions.trash'),
          <DeleteOutlined />,
          () => onBulk({ messageIds: all, action: 'TRASH' }),
          'mail-trash',
        )}
        {action(
          t('mail.actions.unseen'),
          <MailOutlined />,
          () => onBulk({ messageIds: all, action: 'UNSEEN' }),
          'mail-unseen',
        )}
      </Flex>
      {messages.map((message) => (
        <MessageView key={message.id} message={message} mailboxId={mailboxId} threadId={threadId} />
      ))}
      {last && (
        <Flex gap={token.marginXS} wrap style={{ padding: token.padding }}>
          <Button icon={<RollbackOutlined />} onClick={() => onRespond(last, 'reply')} data-testid="mail-reply">
            {t('mail.actions.reply')}
          </Button>
          <Button icon={<TeamOutlined />} onClick={() => onRespond(last, 'replyAll')} data-testid="mail-reply-all">
            {t('mail.actions.replyAll')}
          </Button>
          <Button icon={<SendOutlined />} onClick={() => onRespond(last, 'forward')} data-testid="mail-forward">
            {t('mail.actions.forward')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
