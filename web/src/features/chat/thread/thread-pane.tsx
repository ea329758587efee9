import { ArrowLeftOutlined, CloseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Flex, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import type { Channel } from '../api/channels';
import type { Message } from '../api/messages';
import { useOutbox } from '../api/outbox';
import { threadQuery } from '../api/threads';
import { Composer } from '../conversation/composer';
import { MessageContext } from '../conversation/message-context';
import { GroupBlock, MessageList } from '../conversation/message-list';
import { MessageRow } from '../conversation/message-row';

/** A thread beside its conversation (full screen on a phone): the root, its replies, and a composer for replies. */
export function ThreadPane({
  channel,
  rootId,
  myId,
  onClose,
  phone,
}: {
  channel: Channel;
  rootId: string;
  myId: string;
  onClose: () => void;
  phone: boolean;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const thread = useQuery(threadQuery(rootId));
  const outgoing = useOutbox(channel.id).filter((item) => item.threadRootId === rootId);
  const [quoting, setQuoting] = useState<Message>();

  return (
    <MessageContext.Provider value={{ myId, channel, openThread: () => undefined, quote: setQuoting, inThread: true }}>
      <Flex vertical style={{ height: '100%', background: token.colorBgContainer }} data-testid="thread-pane">
        <Flex
          align="center"
          gap={8}
          style={{ padding: '10px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}`, flex: 'none' }}
        >
          {phone && (
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={onClose}
              aria-label={t('common.back')}
              data-testid="thread-back"
            />
          )}
          <Typography.Text strong style={{ flex: 1, fontSize: 16 }}>
            {t('chatMessage.thread')}
          </Typography.Text>
          {!phone && (
            <Button
              type="text"
              icon={<CloseOutlined />}
              onClick={onClose}
              aria-label={t('chatMessage.closeThread')}
              data-testid="thread-close"
            />
          )}
        </Flex>
        {thread.isLoading && <Loading />}
        {thread.isError && <LoadFailed error={thread.error} onRetry={() => void thread.refetch()} />}
        {thread.data && (
          <MessageList
            channelId={channel.id}
            history={{ messages: thread.data.replies, hasOlder: false }}
            outgoing={outgoing}
            myId={myId}
            lead={
              <>
                <GroupBlock authorId={thread.data.root.authorId} at={thread.data.root.createdAt}>
                  <MessageRow message={thread.data.root} mine={thread.data.root.authorId === myId} />
                </GroupBlock>
                <Divider plain style={{ margin: '12px 0 0', fontSize: 12 }}>
                  {t('chatMessage.replies', { count: thread.data.replies.length })}
                </Divider>
              </>
            }
          />
        )}
        {channel.capabilities.canPost && (
          <Composer
            key={rootId}
            channelId={channel.id}
            canMentionAll={channel.capabilities.canMentionAll}
            threadRootId={rootId}
            placeholder={t('chatMessage.replyPlaceholder')}
            quoting={quoting}
            onQuoteDone={() => setQuoting(undefined)}
          />
        )}
      </Flex>
    </MessageContext.Provider>
  );
}
