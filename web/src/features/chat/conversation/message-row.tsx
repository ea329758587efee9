import { DeleteOutlined, EditOutlined, MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Message, useDeleteMessage, useEditMessage } from '../api/messages';
import { bodyBytes, MAX_BODY_BYTES } from '../api/outbox';
import { LinkCards } from './link-cards';
import { MessageAttachments } from './message-attachments';

/** One stored message: its text, an "edited" mark, a tombstone once deleted, and the author's menu. */
export function MessageRow({ message, mine }: { message: Message; mine: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [hover, setHover] = useState(false);
  const remove = useDeleteMessage();
  const showProblem = useProblemHandler();

  if (message.deletedAt) {
    return (
      <div data-testid="message" data-deleted style={{ padding: '2px 0' }}>
        <Typography.Text type="secondary" italic>
          {t('chat.deleted')}
        </Typography.Text>
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

  return (
    <div
      data-testid="message"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      style={{ position: 'relative', padding: '2px 32px 2px 0', borderRadius: token.borderRadiusSM, background: hover ? token.colorFillQuaternary : undefined }}
    >
      <span data-testid="message-body" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </span>
      <MessageAttachments message={message} />
      <LinkCards text={message.body} />
      {message.editedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }} data-testid="message-edited">
          ({t('chat.edited')})
        </Typography.Text>
      )}
      {mine && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'edit', icon: <EditOutlined />, label: <span data-testid="message-edit">{t('common.edit')}</span> },
              { key: 'delete', icon: <DeleteOutlined />, danger: true, label: <span data-testid="message-delete">{t('common.delete')}</span> },
            ],
            onClick: ({ key }) => (key === 'edit' ? setEditing(true) : confirmDelete()),
          }}
        >
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
      <Typography.Text type={tooLong ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {tooLong ? t('errors.chat.message-too-long') : t('chat.editHint')}
      </Typography.Text>
    </div>
  );
}
