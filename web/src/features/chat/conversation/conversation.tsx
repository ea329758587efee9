import { SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, theme, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { type Channel, useMarkRead } from '../api/channels';
import { historyQuery, type Message } from '../api/messages';
import { useOutbox } from '../api/outbox';
import { ChannelIcon } from '../channel-icon';
import { ThreadPane } from '../thread/thread-pane';
import { useChannelTitle } from '../use-channel-title';
import { ChannelDrawer, type DrawerTab } from './channel-drawer';
import { Composer } from './composer';
import { FileDropZone } from './file-drop-zone';
import { MessageContext } from './message-context';
import { PinsButton } from './pins-drawer';
import { MessageList } from './message-list';
import { useAttentive } from './use-attentive';

/** One conversation: header, history and composer; what is shown to an attentive reader is marked read. */
export function Conversation({ channel, myId, onLeft }: { channel: Channel; myId: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const history = useQuery(historyQuery(channel.id));
  // thread-only replies being sent show in their thread, not here
  const outgoing = useOutbox(channel.id).filter((item) => !item.threadRootId || item.alsoSendToChannel);
  const { title, avatarColor } = useChannelTitle(channel, myId);
  const [drawer, setDrawer] = useState<DrawerTab>();
  useMarkReadWhileSeen(channel, history.isSuccess);
  const [params, setParams] = useSearchParams();
  const threadId = params.get('thread') ?? undefined;
  const openThread = (rootId: string) => setParams({ thread: rootId });
  const closeThread = () => setParams({});
  const isPhone = useIsPhone();
  const [quoting, setQuoting] = useState<Message>();

  let disabledReason: string | undefined;
  if (channel.archived) disabledReason = t('chat.archivedReadOnly');
  else if (!channel.capabilities.canPost) disabledReason = t('chat.postingRestricted');

  const thread = threadId && <ThreadPane key={threadId} channel={channel} rootId={threadId} myId={myId} onClose={closeThread} phone={isPhone} />;
  if (thread && isPhone) return thread;

  return (
    <Flex style={{ height: '100%' }}>
    <MessageContext.Provider value={{ myId, channel, openThread, quote: setQuoting, inThread: false }}>
    <div style={{ flex: 1, minWidth: 0, height: '100%' }}>
    <FileDropZone channelId={channel.id}>
    <Flex vertical style={{ height: '100%', background: token.colorBgContainer }} data-testid="conversation">
      <Flex align="center" gap={10} style={{ padding: '10px 8px 10px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}`, flex: 'none' }}>
        <ChannelIcon channel={channel} title={title} avatarColor={avatarColor} size={28} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 16 }} data-testid="conversation-title">
            {title}
          </Typography.Text>
          {channel.topic && (
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }} data-testid="conversation-topic">
              {channel.topic}
            </Typography.Text>
          )}
        </div>
        {channel.kind !== 'DIRECT' && (
          <>
            <Button
              type="text"
              icon={<TeamOutlined />}
              onClick={() => setDrawer('members')}
              aria-label={t('chat.members')}
              data-testid="conversation-members"
            >
              {channel.memberCount}
            </Button>
            <Button type="text" icon={<SettingOutlined />} onClick={() => setDrawer('about')} aria-label={t('chat.settings')} data-testid="conversation-settings" />
          </>
        )}
        <PinsButton channelId={channel.id} />
      </Flex>
      {channel.archived && <Alert type="warning" banner message={t('chat.archivedBanner')} data-testid="archived-banner" />}
      {history.isLoading && <Loading />}
      {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && <MessageList channelId={channel.id} history={history.data} outgoing={outgoing} myId={myId} />}
      <Composer
        key={channel.id}
        channelId={channel.id}
        placeholder={t('chat.composerPlaceholder', { name: title })}
        disabledReason={disabledReason}
        quoting={quoting}
        onQuoteDone={() => setQuoting(undefined)}
      />
      {drawer && (
        <ChannelDrawer
          channel={channel}
          title={title}
          tab={drawer}
          onTab={setDrawer}
          onClose={() => setDrawer(undefined)}
          onLeft={() => {
            setDrawer(undefined);
            onLeft();
          }}
        />
      )}
    </Flex>
    </FileDropZone>
    </div>
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
