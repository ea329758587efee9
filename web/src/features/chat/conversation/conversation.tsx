import { LockOutlined, NumberOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, theme, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { type Channel, useMarkRead } from '../api/channels';
import { historyQuery } from '../api/messages';
import { useOutbox } from '../api/outbox';
import type { Message } from '../api/messages';
import { ThreadPane } from '../thread/thread-pane';
import { useChannelTitle } from '../use-channel-title';
import { Composer } from './composer';
import { MessageContext } from './message-context';
import { PinsButton } from './pins-drawer';
import { MessageList } from './message-list';
import { useAttentive } from './use-attentive';

/** One conversation: header, history and composer; what is shown to an attentive reader is marked read. */
export function Conversation({ channel, myId }: { channel: Channel; myId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const history = useQuery(historyQuery(channel.id));
  // thread-only replies being sent show in their thread, not here
  const outgoing = useOutbox(channel.id).filter((item) => !item.threadRootId || item.alsoSendToChannel);
  const { title, avatarColor } = useChannelTitle(channel);
  useMarkReadWhileSeen(channel, history.isSuccess);
  const [params, setParams] = useSearchParams();
  const threadId = params.get('thread') ?? undefined;
  const openThread = (rootId: string) => setParams({ thread: rootId });
  const closeThread = () => setParams({});
  const isPhone = useIsPhone();
  const [quoting, setQuoting] = useState<Message>();
  const thread = threadId && <ThreadPane key={threadId} channel={channel} rootId={threadId} myId={myId} onClose={closeThread} phone={isPhone} />;
  if (thread && isPhone) return thread;

  const icon =
    channel.kind === 'DIRECT' ? (
      <PersonAvatar name={title} color={avatarColor ?? token.colorTextQuaternary} size={28} />
    ) : channel.kind === 'PRIVATE' ? (
      <LockOutlined aria-label={t('chat.privateChannel')} />
    ) : (
      <NumberOutlined aria-label={t('chat.publicChannel')} />
    );

  return (
    <Flex style={{ height: '100%' }}>
      <MessageContext.Provider value={{ myId, channel, openThread, quote: setQuoting, inThread: false }}>
        <Flex vertical style={{ height: '100%', flex: 1, minWidth: 0, background: token.colorBgContainer }} data-testid="conversation">
          <Flex align="center" gap={10} style={{ padding: '10px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}`, flex: 'none' }}>
            {icon}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 16 }} data-testid="conversation-title">
                {title}
              </Typography.Text>
              {channel.topic && (
                <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                  {channel.topic}
                </Typography.Text>
              )}
            </div>
            <PinsButton channelId={channel.id} />
          </Flex>
          {history.isLoading && <Loading />}
          {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
          {history.data && <MessageList channelId={channel.id} history={history.data} outgoing={outgoing} myId={myId} />}
          <Composer key={channel.id} channelId={channel.id} placeholder={t('chat.composerPlaceholder', { name: title })} quoting={quoting} onQuoteDone={() => setQuoting(undefined)} />
        </Flex>
      </MessageContext.Provider>
      {thread && <div style={{ width: 380, flex: 'none', borderInlineStart: `1px solid ${token.colorBorderSecondary}` }}>{thread}</div>}
    </Flex>
  );
}

function useMarkReadWhileSeen(channel: Channel, loaded: boolean) {
  const attentive = useAttentive();
  const markRead = useMarkRead();
  const asked = useRef(0);
  const { mutate } = markRead;
  useEffect(() => {
    if (loaded && attentive && channel.lastSeq > channel.readSeq && channel.lastSeq > asked.current) {
      asked.current = channel.lastSeq;
      mutate({ channelId: channel.id, seq: channel.lastSeq });
    }
  }, [loaded, attentive, channel.id, channel.lastSeq, channel.readSeq, mutate]);
}
