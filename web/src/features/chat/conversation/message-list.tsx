import { ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { EmptyState } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { type History, loadNewer, loadOlder, type Message, messagesKey } from '../api/messages';
import { discardMessage, type Outgoing, retryMessage } from '../api/outbox';
import { type ReadCursor, receiptOf } from '../api/receipts';
import { usePersonName } from '../use-channel-title';
import { MessageRow } from './message-row';
import { PendingFiles } from './message-attachments';

/** Messages of one author closer together than this share one header. */
const GROUP_GAP_MS = 5 * 60_000;

interface Group {
  authorId: string;
  at: string;
  messages: Message[];
}

export function groupByAuthor(messages: Message[]): Group[] {
  const groups: Group[] = [];
  for (const message of messages) {
    const last = groups.at(-1);
    const previous = last?.messages.at(-1);
    if (
      last &&
      previous &&
      last.authorId === message.authorId &&
      Date.parse(message.createdAt) - Date.parse(previous.createdAt) < GROUP_GAP_MS
    ) {
      last.messages.push(message);
    } else {
      groups.push({ authorId: message.authorId, at: message.createdAt, messages: [message] });
    }
  }
  return groups;
}

function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}

interface MessageListProps {
  channelId: string;
  history: History;
  outgoing: Outgoing[];
  myId: string;
  /** Members' read cursors, in conversations that keep receipts. */
  cursors?: ReadCursor[];
  /** The first unread message when the conversation was opened: a "new" line goes above it. */
  newSinceSeq?: number;
  /** Scroll to the first message at or after this seq and highlight it (a new object each time). */
  target?: { seq: number };
  onMarkUnread?: (message: Message) => void;
  /** The "new" line came into view: the first unread message is on screen. */
  onNewLineSeen?: () => void;
  /** Shown above the messages instead of the empty state (a thread's root). */
  lead?: ReactNode;
}

/**
 * The conversation, newest at the bottom. The scroller is `column-reverse`, so it starts at the bottom,
 * stays there as messages arrive, and keeps its place when older pages are put on top.
 */
export function MessageList({
  channelId,
  history,
  outgoing,
  myId,
  cursors,
  newSinceSeq,
  target,
  onMarkUnread,
  onNewLineSeen,
  lead,
}: MessageListProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [loading, setLoading] = useState(false);
  const [loadingNewer, setLoadingNewer] = useState(false);
  const [highlighted, setHighlighted] = useState<number>();
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!target) return;
    const rows = [...(scroller.current?.querySelectorAll<HTMLElement>('[data-testid="message"][data-seq]') ?? [])];
    const row = rows.find((candidate) => Number(candidate.dataset.seq) >= target.seq) ?? rows.at(-1);
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    const seq = Number(row.dataset.seq);
    setHighlighted(seq);
    const timer = setTimeout(() => setHighlighted((current) => (current === seq ? undefined : current)), 2500);
    return () => clearTimeout(timer);
  }, [target, history.messages]);

  const newer = () => {
    if (loadingNewer || !history.hasNewer) return;
    setLoadingNewer(true);
    loadNewer(queryClient, channelId).finally(() => setLoadingNewer(false));
  };
  const toNewest = () => void queryClient.resetQueries({ queryKey: messagesKey(channelId) });
  const stored = new Set(
    history.messages.filter((message) => message.authorId === myId).map((message) => message.clientMessageId),
  );
  const pending = outgoing.filter((item) => !stored.has(item.clientMessageId));

  const older = () => {
    if (loading || !history.hasOlder) return;
    setLoading(true);
    loadOlder(queryClient, channelId).finally(() => setLoading(false));
  };

  return (
    <div
      data-testid="message-list"
      ref={scroller}
      onScroll={(event) => {
        const { scrollTop, scrollHeight, clientHeight } = event.currentTarget;
        if (scrollHeight - clientHeight + scrollTop < 120) older();
        // column-reverse: 0 is the bottom, going up is negative
        if (scrollTop > -120) newer();
      }}
      style={{ flex: 1, minHeight: 0, overflow: 'auto', display: 'flex', flexDirection: 'column-reverse' }}
    >
      <div style={{ padding: '8px 16px 12px' }}>
        {history.hasOlder && (
          <Flex justify="center">
            <Button type="link" size="small" loading={loading} onClick={older}>
              {t('chat.loadOlder')}
            </Button>
          </Flex>
        )}
        {lead}
        {!lead && history.messages.length === 0 && pending.length === 0 && (
          <div style={{ paddingTop: '15vh' }}>
            <EmptyState text={t('chat.empty')} />
          </div>
        )}
        {groupByAuthor(history.messages).map((group) => (
          <div key={group.messages[0].id}>
            {newSinceSeq !== undefined && group.messages[0].seq === newSinceSeq && <NewLine onSeen={onNewLineSeen} />}
            <GroupBlock authorId={group.authorId} at={group.at}>
              {group.messages.map((message) => (
                <div key={message.id}>
                  {newSinceSeq !== undefined && message.seq === newSinceSeq && message !== group.messages[0] && (
                    <NewLine onSeen={onNewLineSeen} />
                  )}
                  <MessageRow
                    message={message}
                    mine={message.authorId === myId}
                    highlighted={highlighted === message.seq}
                    receipt={
                      cursors && message.authorId === myId && !message.deletedAt
                        ? receiptOf(cursors, message)
                        : undefined
                    }
                    onMarkUnread={onMarkUnread}
                  />
                </div>
              ))}
            </GroupBlock>
          </div>
        ))}
        {history.hasNewer && (
          <Flex justify="center" gap={8}>
            <Button type="link" size="small" loading={loadingNewer} onClick={newer}>
              {t('chat.loadNewer')}
            </Button>
            <Button size="small" onClick={toNewest} data-testid="jump-to-newest">
              {t('chat.jumpToNewest')}
            </Button>
          </Flex>
        )}
        {pending.length > 0 && (
          <GroupBlock authorId={myId}>
            {pending.map((item) => (
              <PendingRow key={item.clientMessageId} item={item} />
            ))}
          </GroupBlock>
        )}
      </div>
    </div>
  );
}

function NewLine({ onSeen }: { onSeen?: () => void }) {
  const { t } = useTranslation();
  const line = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = line.current;
    if (!element || !onSeen || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onSeen();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onSeen]);
  return (
    <div
      ref={line}
      data-testid="new-messages-line"
      style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '8px 0 0', color: '#ff4d4f', fontSize: 12 }}
    >
      <div style={{ flex: 1, borderTop: '1px solid currentColor' }} />
      {t('chat.newMessages')}
    </div>
  );
}

export function GroupBlock({ authorId, at, children }: { authorId: string; at?: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  const { name, color } = usePersonName(authorId);
  return (
    <div data-testid="message-group" style={{ display: 'flex', gap: 10, paddingTop: 12 }}>
      <Link to={`/directory/people/${authorId}`} aria-label={name} tabIndex={-1}>
        <PersonAvatar name={name} color={color} size={36} />
      </Link>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space size={8} align="baseline">
          <Link to={`/directory/people/${authorId}`} data-testid="message-author">
            <Typography.Text strong>{name}</Typography.Text>
          </Link>
          {at && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              title={new Date(at).toLocaleString(i18n.language)}
            >
              {formatTime(at, i18n.language)}
            </Typography.Text>
          )}
        </Space>
        {children}
      </div>
    </div>
  );
}

/** A message not stored yet: shown at once, and never dropped while it fails. */
function PendingRow({ item }: { item: Outgoing }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const failed = item.status === 'failed';
  return (
    <div data-testid="message" data-status={item.status} style={{ padding: '2px 0' }}>
      <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', opacity: failed ? 1 : 0.55 }}>{item.body}</span>
      {item.attachments.length > 0 && <PendingFiles files={item.attachments} />}
      <div style={{ fontSize: 12 }}>
        {failed ? (
          <Space size={4} wrap>
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              <ExclamationCircleOutlined /> {t('chat.failed')}
              {item.problem && item.problem.status !== 0 ? ` · ${problemMessage(item.problem, t)}` : ''}
            </Typography.Text>
            <Button
              type="link"
              size="small"
              onClick={() => retryMessage(queryClient, item.clientMessageId)}
              data-testid="message-retry"
            >
              {t('chat.retry')}
            </Button>
            <Button type="link" size="small" danger onClick={() => discardMessage(item.clientMessageId)}>
              {t('chat.discard')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <LoadingOutlined /> {t('chat.sending')}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
