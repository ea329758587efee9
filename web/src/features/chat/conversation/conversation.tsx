import { CloseOutlined, LockOutlined, NumberOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, theme, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WithPresence } from '../../../shared/ui/presence-dot';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Channel, useMarkRead, useMarkUnread, useStar } from '../api/channels';
import { historyQuery, loadAround, type Message } from '../api/messages';
import { useOutbox } from '../api/outbox';
import { useReadCursors } from '../api/receipts';
import { useChannelTitle } from '../use-channel-title';
import { firstUnreadSeq } from './anchors';
import { Composer } from './composer';
import { FileDropZone } from './file-drop-zone';
import { MessageList } from './message-list';
import { TypingLine } from './typing-line';
import { useAttentive } from './use-attentive';

/**
 * One conversation: header, history and composer; what is shown to an attentive reader is marked
 * read. Opened with `seq` (a permalink) it scrolls to that message; with unread messages it offers
 * to jump to the first one, as it was when the conversation was opened.
 */
export function Conversation({ channel, myId, seq }: { channel: Channel; myId: string; seq?: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const history = useQuery(historyQuery(channel.id));
  const cursors = useReadCursors(channel);
  const outgoing = useOutbox(channel.id);
  const { title, avatarColor } = useChannelTitle(channel);
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

  const icon =
    channel.kind === 'DIRECT' ? (
      <WithPresence personId={channel.otherPersonId}>
        <PersonAvatar name={title} color={avatarColor ?? token.colorTextQuaternary} size={28} />
      </WithPresence>
    ) : channel.kind === 'PRIVATE' ? (
      <LockOutlined aria-label={t('chat.privateChannel')} />
    ) : (
      <NumberOutlined aria-label={t('chat.publicChannel')} />
    );

  return (
    <FileDropZone channelId={channel.id}>
    <Flex vertical style={{ height: '100%', background: token.colorBgContainer }} data-testid="conversation">
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
        <Button
          type="text"
          icon={channel.starred ? <StarFilled style={{ color: token.colorWarning }} /> : <StarOutlined />}
          aria-label={channel.starred ? t('chat.unstar') : t('chat.star')}
          aria-pressed={channel.starred}
          title={channel.starred ? t('chat.unstar') : t('chat.star')}
          onClick={() => star.mutate({ channelId: channel.id, starred: !channel.starred }, { onError: (error) => showProblem(error) })}
          data-testid="conversation-star"
        />
      </Flex>
      {barShown && (
        <Flex
          align="center"
          gap={8}
          data-testid="first-unread-bar"
          style={{ padding: '4px 8px 4px 16px', background: token.colorInfoBg, borderBottom: `1px solid ${token.colorInfoBorder}`, flex: 'none' }}
        >
          <Typography.Text style={{ flex: 1, fontSize: 13 }}>{t('chat.unreadSince', { count: opened.unread })}</Typography.Text>
          <Button size="small" type="link" onClick={jumpToFirstUnread} data-testid="jump-to-first-unread">
            {t('chat.jumpToFirstUnread')}
          </Button>
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('chat.dismiss')} onClick={() => setBarShown(false)} />
        </Flex>
      )}
      {history.isLoading && <Loading />}
      {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
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
      <Composer key={channel.id} channelId={channel.id} placeholder={t('chat.composerPlaceholder', { name: title })} />
    </Flex>
    </FileDropZone>
  );
}

function useMarkReadWhileSeen(channel: Channel, enabled: boolean) {
  const attentive = useAttentive();
  const markRead = useMarkRead();
  const asked = useRef(0);
  const { mutate } = markRead;
  useEffect(() => {
    if (enabled && attentive && channel.lastSeq > channel.readSeq && channel.lastSeq > asked.current) {
      asked.current = channel.lastSeq;
      mutate({ channelId: channel.id, seq: channel.lastSeq });
    }
  }, [enabled, attentive, channel.id, channel.lastSeq, channel.readSeq, mutate]);
}
