import { CloseOutlined, SettingOutlined, StarFilled, StarOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, theme, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { ScheduleMeetingButton } from '../../../shared/ui/schedule-meeting-button';
import { type Channel, useMarkRead, useMarkUnread, useStar } from '../api/channels';
import { historyQuery, loadAround, type Message } from '../api/messages';
import { useOutbox } from '../api/outbox';
import { useReadCursors } from '../api/receipts';
import { ChannelIcon } from '../channel-icon';
import { ThreadPane } from '../thread/thread-pane';
import { useChannelTitle } from '../use-channel-title';
import { firstUnreadSeq } from './anchors';
import { ChannelDrawer, type DrawerTab } from './channel-drawer';
import { Composer } from './composer';
import { FileDropZone } from './file-drop-zone';
import { MessageContext } from './message-context';
import { PinsButton } from './pins-drawer';
import { MessageList } from './message-list';
import { TypingLine } from './typing-line';
import { useAttentive } from './use-attentive';

/**
 * One conversation: header, history and composer; what is shown to an attentive reader is marked
 * read. Opened with `seq` (a permalink) it scrolls to that message; with unread messages it offers
 * to jump to the first one, as it was when the conversation was opened.
 */
export function Conversation({
  channel,
  myId,
  onLeft,
  seq,
}: {
  channel: Channel;
  myId: string;
  onLeft: () => void;
  seq?: number;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const history = useQuery(historyQuery(channel.id));
  const cursors = useReadCursors(channel);
  // thread-only replies being sent show in their thread, not here
  const outgoing = useOutbox(channel.id).filter((item) => !item.threadRootId || item.alsoSendToChannel);
  const { title, avatarColor } = useChannelTitle(channel, myId);
  const [drawer, setDrawer] = useState<DrawerTab>();
  const [opened] = useState(() => ({ readSeq: channel.readSeq, unread: channel.unread }));
  const [barShown, setBarShown] = useState(opened.unread > 0);
  const [target, setTarget] = useState<{ seq: number }>();
  // After "mark as unread", reading on screen must not mark it read again at once.
  const [holdRead, setHoldRead] = useState(false);
  const markUnread = useMarkUnread();
  const star = useStar();
  const showProblem = useProblemHandler();
  useMarkReadWhileSeen(channel, history.isSuccess && !holdRead);

  const jumpTo = useCallback(
    (to: number) => {
      loadAround(queryClient, channel.id, to)
        .then(() => setTarget({ seq: to }))
        .catch((error: unknown) => showProblem(error));
    },
    [queryClient, channel.id, showProblem],
  );

  const permalinked = useRef<number>(undefined);
  useEffect(() => {
    if (seq !== undefined && history.isSuccess && permalinked.current !== seq) {
      permalinked.current = seq;
      jumpTo(seq);
    }
  }, [seq, history.isSuccess, jumpTo]);

  const newSince = history.data ? firstUnreadSeq(history.data.messages, opened.readSeq, myId) : undefined;
  const jumpToFirstUnread = () => {
    setBarShown(false);
    jumpTo(newSince ?? opened.readSeq + 1);
  };
  // the first unread message is on screen: the bar has nothing left to offer
  const hideBar = useCallback(() => setBarShown(false), []);
  const onMarkUnread = (message: Message) => {
    setHoldRead(true);
    markUnread.mutate({ channelId: channel.id, seq: message.seq }, { onError: (error) => showProblem(error) });
  };
  const [params, setParams] = useSearchParams();
  const threadId = params.get('thread') ?? undefined;
  const openThread = (rootId: string) => setParams({ thread: rootId });
  const closeThread = () => setParams({});
  const isPhone = useIsPhone();
  const [quoting, setQuoting] = useState<Message>();

  let disabledReason: string | undefined;
  if (channel.archived) disabledReason = t('chat.archivedReadOnly');
  else if (!channel.capabilities.canPost) disabledReason = t('chat.postingRestricted');

  const thread = threadId && (
    <ThreadPane key={threadId} channel={channel} rootId={threadId} myId={myId} onClose={closeThread} phone={isPhone} />
  );
  if (thread && isPhone) return thread;

  return (
    <Flex style={{ height: '100%' }}>
      <MessageContext.Provider value={{ myId, channel, openThread, quote: setQuoting, inThread: false }}>
        <div style={{ flex: 1, minWidth: 0, height: '100%' }}>
          <FileDropZone channelId={channel.id}>
            <Flex vertical style={{ height: '100%', background: token.colorBgContainer }} data-testid="conversation">
              <Flex
                align="center"
                gap={10}
                style={{
                  padding: '10px 8px 10px 16px',
                  borderBottom: `1px solid ${token.colorBorderSecondary}`,
                  flex: 'none',
                }}
              >
                <ChannelIcon channel={channel} title={title} avatarColor={avatarColor} size={28} />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text
                    strong
                    ellipsis
                    style={{ display: 'block', fontSize: 16 }}
                    data-testid="conversation-title"
                  >
                    {title}
                  </Typography.Text>
                  {channel.topic && (
                    <Typography.Text
                      type="secondary"
                      ellipsis
                      style={{ display: 'block', fontSize: 12 }}
                      data-testid="conversation-topic"
                    >
                      {channel.topic}
                    </Typography.Text>
                  )}
                </div>
                <Button
                  type="text"
                  icon={channel.starred ? <StarFilled style={{ color: token.colorWarning }} /> : <StarOutlined />}
                  aria-label={channel.starred ? t('chat.unstar') : t('chat.star')}
                  aria-pressed={channel.starred}
                  title={channel.starred ? t('chat.unstar') : t('chat.star')}
                  onClick={() =>
                    star.mutate(
                      { channelId: channel.id, starred: !channel.starred },
                      { onError: (error) => showProblem(error) },
                    )
                  }
                  data-testid="conversation-star"
                />
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
                    <Button
                      type="text"
                      icon={<SettingOutlined />}
                      onClick={() => setDrawer('about')}
                      aria-label={t('chat.settings')}
                      data-testid="conversation-settings"
                    />
                  </>
                )}
                {!channel.archived && <ScheduleMeetingButton compact request={{ people: [], channelId: channel.id }} />}
                <PinsButton channelId={channel.id} />
              </Flex>
              {channel.archived && (
                <Alert type="warning" banner message={t('chat.archivedBanner')} data-testid="archived-banner" />
              )}
              {history.isLoading && <Loading />}
              {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
              {barShown && (
                <Flex
                  align="center"
                  gap={8}
                  data-testid="first-unread-bar"
                  style={{
                    padding: '4px 8px 4px 16px',
                    background: token.colorInfoBg,
                    borderBottom: `1px solid ${token.colorInfoBorder}`,
                    flex: 'none',
                  }}
                >
                  <Typography.Text style={{ flex: 1, fontSize: 13 }}>
                    {t('chat.unreadSince', { count: opened.unread })}
                  </Typography.Text>
                  <Button size="small" type="link" onClick={jumpToFirstUnread} data-testid="jump-to-first-unread">
                    {t('chat.jumpToFirstUnread')}
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={t('chat.dismiss')}
                    onClick={() => setBarShown(false)}
                  />
                </Flex>
              )}
              {history.data && (
                <MessageList
                  channelId={channel.id}
                  history={history.data}
                  outgoing={outgoing}
                  myId={myId}
                  cursors={cursors.data}
                  newSinceSeq={opened.unread > 0 ? newSince : undefined}
                  target={target}
                  onMarkUnread={onMarkUnread}
                  onNewLineSeen={hideBar}
                />
              )}
              <TypingLine channelId={channel.id} />
              <Composer
                key={channel.id}
                channelId={channel.id}
                canMentionAll={channel.capabilities.canMentionAll}
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
      {thread && (
        <div style={{ width: 380, flex: 'none', borderInlineStart: `1px solid ${token.colorBorderSecondary}` }}>
          {thread}
        </div>
      )}
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
      // refused or lost (a 429, a dropped network): ask again on the next change rather than never
      mutate(
        { channelId: channel.id, seq: channel.lastSeq },
        {
          onError: () => {
            asked.current = 0;
          },
        },
      );
    }
  }, [loaded, attentive, channel.id, channel.lastSeq, channel.readSeq, mutate]);
}
