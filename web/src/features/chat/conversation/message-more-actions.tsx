import {
  BellOutlined,
  BookFilled,
  BookOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  PushpinOutlined,
  ShareAltOutlined,
  SmileOutlined,
  SwapLeftOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Button, Flex, theme, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useSavedIds, useTogglePin, useToggleSaved } from '../api/message-actions';
import { DingModal } from '../ding/ding-modal';
import type { Message } from '../api/messages';
import { TaskFromMessageModal } from '../task/task-from-message-modal';
import { ForwardModal } from './forward-modal';
import { useMessageContext } from './message-context';
import { EmojiPicker, QUICK_REACTIONS, useToggle } from './reactions';

type Items = NonNullable<MenuProps['items']>;

/**
 * The actions every reader has on a message: reply in thread, react, quote, forward, pin, save; and
 * its author's DING of members about it; and making a task of it.
 */
export function useMoreActions(message: Message): {
  items: (writable: boolean) => Items;
  run: (key: string) => void;
  modals: ReactNode;
} {
  const { t } = useTranslation();
  const context = useMessageContext();
  const saved = useSavedIds().has(message.id);
  const toggleSaved = useToggleSaved();
  const togglePin = useTogglePin();
  const react = useToggle(message);
  const showProblem = useProblemHandler();
  const [forwarding, setForwarding] = useState(false);
  const [dinging, setDinging] = useState(false);
  const [tasking, setTasking] = useState(false);
  const reacted = (emoji: string) =>
    message.reactions.some((reaction) => reaction.emoji === emoji && reaction.personIds.includes(context.myId));

  const items = (writable: boolean): Items => [
    ...(writable && !context.inThread
      ? [
          {
            key: 'thread',
            icon: <CommentOutlined />,
            label: <span data-testid="message-reply-thread">{t('chatMessage.replyInThread')}</span>,
          },
        ]
      : []),
    ...(writable
      ? [
          {
            key: 'react',
            icon: <SmileOutlined />,
            label: <span data-testid="message-react-menu">{t('chatMessage.addReaction')}</span>,
            children: QUICK_REACTIONS.map((emoji) => ({
              key: `react:${emoji}`,
              label: <span data-testid={`message-react-${emoji}`}>{emoji}</span>,
            })),
          },
          {
            key: 'quote',
            icon: <SwapLeftOutlined />,
            label: <span data-testid="message-quote-action">{t('chatMessage.quote')}</span>,
          },
          {
            key: 'pin',
            icon: <PushpinOutlined />,
            label: <span data-testid="message-pin">{message.pin ? t('chatMessage.unpin') : t('chatMessage.pin')}</span>,
          },
        ]
      : []),
    ...(writable && message.authorId === context.myId
      ? [
          {
            key: 'ding',
            icon: <BellOutlined />,
            label: <span data-testid="message-ding">{t('chat.ding.action')}</span>,
          },
        ]
      : []),
    {
      key: 'task',
      icon: <CheckSquareOutlined />,
      label: <span data-testid="message-create-task">{t('chat.task.action')}</span>,
    },
    {
      key: 'forward',
      icon: <ShareAltOutlined />,
      label: <span data-testid="message-forward">{t('chatMessage.forward')}</span>,
    },
    {
      key: 'save',
      icon: saved ? <BookFilled /> : <BookOutlined />,
      label: <span data-testid="message-save">{saved ? t('chatMessage.unsave') : t('chatMessage.save')}</span>,
    },
  ];

  const run = (key: string) => {
    if (key === 'thread') context.openThread(message.threadRootId ?? message.id);
    else if (key.startsWith('react:')) react(key.slice(6), !reacted(key.slice(6)));
    else if (key === 'quote') context.quote(message);
    else if (key === 'pin') togglePin.mutate(message, { onError: (error) => showProblem(error) });
    else if (key === 'forward') setForwarding(true);
    else if (key === 'ding') setDinging(true);
    else if (key === 'task') setTasking(true);
    else if (key === 'save') toggleSaved.mutate({ message, save: !saved }, { onError: (error) => showProblem(error) });
  };

  return {
    items,
    run,
    modals: (
      <>
        {forwarding && <ForwardModal message={message} onClose={() => setForwarding(false)} />}
        {dinging && <DingModal message={message} myId={context.myId} onClose={() => setDinging(false)} />}
        {tasking && <TaskFromMessageModal message={message} onClose={() => setTasking(false)} />}
      </>
    ),
  };
}

/** Shown over a message while the pointer is on it: quick reactions, the emoji picker, reply in thread. */
export function HoverActions({ message }: { message: Message }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const context = useMessageContext();
  const react = useToggle(message);
  const reacted = (emoji: string) =>
    message.reactions.some((reaction) => reaction.emoji === emoji && reaction.personIds.includes(context.myId));
  return (
    <Flex
      gap={2}
      data-testid="message-hover-actions"
      style={{
        position: 'absolute',
        top: -14,
        insetInlineEnd: 36,
        padding: 2,
        borderRadius: token.borderRadius,
        background: token.colorBgElevated,
        boxShadow: token.boxShadowTertiary,
        zIndex: 1,
      }}
    >
      {QUICK_REACTIONS.slice(0, 3).map((emoji) => (
        <Button
          key={emoji}
          size="small"
          type="text"
          aria-label={emoji}
          data-testid={`quick-react-${emoji}`}
          onClick={() => react(emoji, !reacted(emoji))}
        >
          {emoji}
        </Button>
      ))}
      <EmojiPicker onPick={(emoji) => react(emoji, !reacted(emoji))} />
      {!context.inThread && (
        <Tooltip title={t('chatMessage.replyInThread')}>
          <Button
            size="small"
            type="text"
            icon={<CommentOutlined />}
            aria-label={t('chatMessage.replyInThread')}
            data-testid="message-reply"
            onClick={() => context.openThread(message.threadRootId ?? message.id)}
          />
        </Tooltip>
      )}
    </Flex>
  );
}
