import { MessageOutlined, PushpinFilled, ShareAltOutlined } from '@ant-design/icons';
import { Avatar, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import type { Message } from '../api/messages';
import { usePersonName } from '../use-channel-title';
import { MessageBody } from './message-body';

/** "Forwarded from #channel · author", above a forwarded message's text. */
export function ForwardedHeader({ from }: { from: NonNullable<Message['forwardedFrom']> }) {
  const { t } = useTranslation();
  const author = usePersonName(from.authorId).name;
  const where = from.channelName ? `#${from.channelName}` : t('chatMessage.aDirectMessage');
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="message-forwarded">
      <ShareAltOutlined /> {t('chatMessage.forwardedFrom', { where, author })}
    </Typography.Text>
  );
}

/** The quoted message: its author and an excerpt, or that it was deleted. */
export function QuoteBlock({ quote, myId }: { quote: NonNullable<Message['quote']>; myId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const author = usePersonName(quote.authorId).name;
  return (
    <div
      data-testid="message-quote"
      style={{
        borderInlineStart: `3px solid ${token.colorBorder}`,
        padding: '2px 8px',
        margin: '2px 0 4px',
        color: token.colorTextSecondary,
        maxHeight: 96,
        overflow: 'hidden',
      }}
    >
      <Typography.Text strong style={{ fontSize: 12 }}>
        {author}
      </Typography.Text>
      {quote.deleted ? (
        <Typography.Text type="secondary" italic style={{ display: 'block', fontSize: 13 }}>
          {t('chatMessage.quoteDeleted')}
        </Typography.Text>
      ) : (
        <div style={{ fontSize: 13 }}>
          <MessageBody text={quote.excerpt} myId={myId} />
        </div>
      )}
    </div>
  );
}

export function PinnedMarker({ pin }: { pin: NonNullable<Message['pin']> }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const by = usePersonName(pin.by).name;
  return (
    <Typography.Text
      style={{ display: 'block', fontSize: 12, color: token.colorWarningText }}
      data-testid="message-pinned"
    >
      <PushpinFilled /> {t('chatMessage.pinnedBy', { name: by })}
    </Typography.Text>
  );
}

/** Under a root: how many replies, when the last came, who took part; opens the thread. */
export function ThreadSummaryLink({ message, onOpen }: { message: Message; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const thread = message.thread;
  if (!thread) return null;
  return (
    <button
      type="button"
      onClick={onOpen}
      data-testid="thread-summary"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        marginTop: 4,
        padding: '2px 6px 2px 2px',
        border: 'none',
        borderRadius: token.borderRadiusSM,
        background: 'transparent',
        cursor: 'pointer',
        color: token.colorPrimary,
        maxWidth: '100%',
      }}
    >
      <Avatar.Group max={{ count: 4 }} size={20}>
        {thread.participants.map((id) => (
          <ParticipantAvatar key={id} id={id} />
        ))}
      </Avatar.Group>
      <span data-testid="thread-reply-count" style={{ fontWeight: 600, fontSize: 13 }}>
        {t('chatMessage.replies', { count: thread.replyCount })}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
        {t('chatMessage.lastReply', {
          time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
            new Date(thread.lastReplyAt),
          ),
        })}
      </Typography.Text>
    </button>
  );
}

function ParticipantAvatar({ id }: { id: string }) {
  const { name, color } = usePersonName(id);
  return <PersonAvatar name={name} color={color} size={20} />;
}

/** On a reply shown in the channel too: it belongs to a thread, which this opens. */
export function RepliedInThread({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex>
      <Typography.Link style={{ fontSize: 12 }} onClick={onOpen} data-testid="message-in-thread">
        <MessageOutlined /> {t('chatMessage.repliedInThread')}
      </Typography.Link>
    </Flex>
  );
}
