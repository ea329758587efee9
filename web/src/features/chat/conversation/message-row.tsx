import {
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  LinkOutlined,
  MoreOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Input, type MenuProps, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLongPress } from '../../../shared/ui/use-long-press';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useTouchScreen } from '../../../shared/ui/use-touch-screen';
import { type Message, useDeleteMessage, useEditMessage } from '../api/messages';
import { bodyBytes, MAX_BODY_BYTES } from '../api/outbox';
import type { Receipt } from '../api/receipts';
import { permalinkUrl } from './anchors';
import { ReceiptMark } from './receipt-mark';
import { EditHistoryModal } from './edit-history-modal';
import { LinkCards } from './link-cards';
import { MessageActionSheet } from './message-action-sheet';
import { MessageBody } from './message-body';
import { MessageAttachments } from './message-attachments';
import { useMessageContext } from './message-context';
import { ForwardedHeader, PinnedMarker, QuoteBlock, RepliedInThread, ThreadSummaryLink } from './message-extras';
import { HoverActions, useMoreActions } from './message-more-actions';
import { ReactionChips } from './reactions';

interface MessageRowProps {
  message: Message;
  mine: boolean;
  /** Shown briefly when opened by a permalink or "jump to first unread". */
  highlighted?: boolean;
  /** Who has read it, for my own messages in direct and group conversations. */
  receipt?: Receipt;
  /** Offered in the menu where the conversation can move my read cursor back (not in a thread). */
  onMarkUnread?: (message: Message) => void;
}

/**
 * One stored message: its text, an "edited" mark, a tombstone once deleted, reactions, its thread,
 * a read receipt on my own in small conversations, and the actions menu. Only its author may edit
 * or delete it (the server's rule, from `authorId`).
 */
export function MessageRow({ message, mine, highlighted, receipt, onMarkUnread }: MessageRowProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { modal, message: toast } = App.useApp();
  const context = useMessageContext();
  const [editing, setEditing] = useState(false);
  const [hover, setHover] = useState(false);
  // a touch screen has no hover: a long press (or the ⋯ button) opens the actions as a bottom sheet
  const touch = useTouchScreen();
  const [sheet, setSheet] = useState(false);
  const longPress = useLongPress(() => setSheet(true));
  const [showHistory, setShowHistory] = useState(false);
  const remove = useDeleteMessage();
  const showProblem = useProblemHandler();
  const more = useMoreActions(message);
  const rootId = message.threadRootId;
  const writable = context.channel.role != null && !context.channel.archived;
  const threadSummary = !context.inThread && message.thread && (
    <ThreadSummaryLink message={message} onOpen={() => context.openThread(message.id)} />
  );

  if (message.deletedAt) {
    return (
      <div data-testid="message" data-seq={message.seq} data-deleted style={{ padding: '2px 0' }}>
        <Typography.Text type="secondary" italic>
          {t('chat.deleted')}
        </Typography.Text>
        {threadSummary}
      </div>
    );
  }
  if (editing) {
    return <EditBox message={message} onDone={() => setEditing(false)} />;
  }
  const confirmDelete = () =>
    modal.confirm({
      title: t('chat.deleteConfirm'),
      content: t('chat.deleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'message-delete-confirm' },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(message).catch((error: unknown) => showProblem(error)),
    });

  const copyText = () =>
    navigator.clipboard
      .writeText(message.body)
      .then(() => toast.success(t('chat.textCopied')))
      .catch(() => toast.error(t('chat.textCopyFailed')));
  const copyLink = () =>
    navigator.clipboard
      .writeText(permalinkUrl(location.origin, message.channelId, message.seq))
      .then(() => toast.success(t('chat.linkCopied')))
      .catch(() => toast.error(t('chat.linkCopyFailed')));
  const items: MenuProps['items'] = [
    ...(touch && message.body
      ? [
          {
            key: 'copy',
            icon: <CopyOutlined />,
            label: <span data-testid="message-copy-text">{t('chat.copyText')}</span>,
          },
        ]
      : []),
    { key: 'link', icon: <LinkOutlined />, label: <span data-testid="message-copy-link">{t('chat.copyLink')}</span> },
    ...(onMarkUnread
      ? [
          {
            key: 'unread',
            icon: <EyeInvisibleOutlined />,
            label: <span data-testid="message-mark-unread">{t('chat.markUnread')}</span>,
          },
        ]
      : []),
    ...more.items(writable),
    ...(mine && writable
      ? [
          { type: 'divider' as const },
          { key: 'edit', icon: <EditOutlined />, label: <span data-testid="message-edit">{t('common.edit')}</span> },
          {
            key: 'delete',
            icon: <DeleteOutlined />,
            danger: true,
            label: <span data-testid="message-delete">{t('common.delete')}</span>,
          },
        ]
      : []),
  ];
  const act = (key: string) => {
    if (key === 'copy') void copyText();
    else if (key === 'link') void copyLink();
    else if (key === 'unread') onMarkUnread?.(message);
    else if (key === 'edit') setEditing(true);
    else if (key === 'delete') confirmDelete();
    else more.run(key);
  };

  return (
    <div
      data-testid="message"
      data-seq={message.seq}
      data-highlighted={highlighted || undefined}
      {...(touch
        ? longPress
        : {
            onMouseEnter: () => setHover(true),
            // a row that appeared under a resting pointer gets no mouseenter; the next move shows its actions
            onMouseMove: () => setHover(true),
            onMouseLeave: () => setHover(false),
          })}
      data-message-id={message.id}
      style={{
        position: 'relative',
        padding: '2px 32px 2px 0',
        borderRadius: token.borderRadiusSM,
        background: highlighted ? token.colorWarningBg : hover ? token.colorFillQuaternary : undefined,
        transition: 'background 0.6s',
        // a long press opens the sheet, not the browser's text selection (the sheet copies the text)
        ...(touch ? { userSelect: 'none', WebkitTouchCallout: 'none' } : {}),
      }}
    >
      {message.pin && <PinnedMarker pin={message.pin} />}
      {message.forwardedFrom && <ForwardedHeader from={message.forwardedFrom} />}
      {rootId && !context.inThread && <RepliedInThread onOpen={() => context.openThread(rootId)} />}
      {message.quote && <QuoteBlock quote={message.quote} myId={context.myId} />}
      <MessageBody text={message.body} myId={context.myId} />
      <MessageAttachments message={message} />
      <LinkCards text={message.body} />
      {message.editedAt && (
        <Typography.Link
          type="secondary"
          style={{ fontSize: 12 }}
          data-testid="message-edited"
          onClick={() => setShowHistory(true)}
        >
          ({t('chat.edited')})
        </Typography.Link>
      )}
      {showHistory && <EditHistoryModal message={message} onClose={() => setShowHistory(false)} />}
      <ReactionChips message={message} myId={context.myId} disabled={!writable} />
      {threadSummary}
      {receipt && <ReceiptMark receipt={receipt} />}
      {hover && writable && <HoverActions message={message} />}
      {more.modals}
      {touch ? (
        <>
          <Button
            size="small"
            type="text"
            icon={<MoreOutlined />}
            aria-label={t('chat.messageActions')}
            data-testid="message-menu"
            style={{ position: 'absolute', top: 0, insetInlineEnd: 0, opacity: 0.35 }}
            onClick={() => setSheet(true)}
          />
          <MessageActionSheet
            message={message}
            open={sheet}
            onClose={() => setSheet(false)}
            items={items}
            onAction={act}
            canReact={writable}
          />
        </>
      ) : (
        <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => act(key) }}>
          <Button
            size="small"
            type="text"
            icon={<MoreOutlined />}
            aria-label={t('chat.messageActions')}
            data-testid="message-menu"
            style={{ position: 'absolute', top: 0, insetInlineEnd: 0, opacity: hover ? 1 : 0.35 }}
          />
        </Dropdown>
      )}
    </div>
  );
}

function EditBox({ message, onDone }: { message: Message; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(message.body);
  const edit = useEditMessage();
  const showProblem = useProblemHandler();
  const touch = useTouchScreen();
  const tooLong = bodyBytes(text) > MAX_BODY_BYTES;

  const save = () => {
    if ((text.trim().length === 0 && (message.attachments ?? []).length === 0) || tooLong) return;
    if (text === message.body) return onDone();
    edit.mutate({ id: message.id, text }, { onSuccess: onDone, onError: (error) => showProblem(error) });
  };

  return (
    <div style={{ padding: '4px 0' }}>
      <Input.TextArea
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
        autoSize={{ minRows: 1, maxRows: 8 }}
        status={tooLong ? 'error' : undefined}
        disabled={edit.isPending}
        data-testid="message-edit-box"
      />
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type={tooLong ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {tooLong ? t('errors.chat.message-too-long') : touch ? null : t('chat.editHint')}
        </Typography.Text>
        {/* an on-screen keyboard has no Esc, and its Enter is taken for a new line by many */}
        {touch && (
          <Flex gap={8} style={{ marginTop: 4 }}>
            <Button size="small" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button size="small" type="primary" onClick={save} loading={edit.isPending} data-testid="message-edit-save">
              {t('common.save')}
            </Button>
          </Flex>
        )}
      </Flex>
    </div>
  );
}
