import { DeleteOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { App, Button, Flex, Input, theme, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../../shared/files/upload-file';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { deleteDraft, sendDraft } from '../api/drafts';
import { mailKeys } from '../api/mail-api';
import type { Draft, Mailbox } from '../api/types';
import { BodyEditor } from './body-editor';
import { ComposeAttachments } from './compose-attachments';
import { ConflictBanner } from './conflict-banner';
import { RecipientField } from './recipient-field';
import { withSignature } from './signature';
import { useCompose } from './use-compose';

/** Writing a mail: recipients, subject, rich body, files; saved as one types, sent when done. */
export function Compose({
  mailbox,
  draft,
  signature,
  onClose,
}: {
  mailbox: Mailbox;
  draft?: Draft;
  /** Put under a mail started here (new, reply, forward); null for a saved draft reopened. */
  signature: Record<string, unknown> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const queryClient = useQueryClient();
  const [initialBody] = useState(() => withSignature(draft?.body ?? null, signature));
  const compose = useCompose(mailbox.id, draft, initialBody as Record<string, unknown> | null);
  const { content, change } = compose;
  const [copies, setCopies] = useState(content.cc.length > 0 || content.bcc.length > 0);
  const [progress, setProgress] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const editor = useRef<Editor | null>(null);
  const onEditor = useCallback((current: Editor | null) => (editor.current = current), []);
  const input = useRef<HTMLInputElement>(null);
  const upload = (file: File) => {
    setProgress(0);
    uploadFile(file, setProgress, new AbortController().signal).then(
      (stored) => {
        setProgress(null);
        compose.addFile({ fileId: stored.id, name: stored.name, contentType: stored.contentType, size: stored.size });
      },
      (error: unknown) => {
        setProgress(null);
        onProblem(error);
      },
    );
  };
  const send = async () => {
    if (content.to.length + content.cc.length + content.bcc.length === 0) {
      void message.warning(t('mail.compose.noRecipients'));
      return;
    }
    setSending(true);
    try {
      compose.saver.change(content);
      const id = await compose.saver.flush();
      const saved = compose.saver.state;
      if (!id) throw saved.status === 'failed' ? saved.error : new Error('not saved');
      await sendDraft(id);
      compose.saver.dispose();
      void message.success(t('mail.compose.sent'));
      void queryClient.invalidateQueries({ queryKey: mailKeys.all });
      onClose();
    } catch (error) {
      if (compose.saver.state.status !== 'conflict') onProblem(error);
    } finally {
      setSending(false);
    }
  };
  const discard = async () => {
    compose.saver.dispose();
    const id = compose.saver.draftId;
    if (id) await deleteDraft(id).catch(onProblem);
    void queryClient.invalidateQueries({ queryKey: mailKeys.drafts(mailbox.id) });
    onClose();
  };
  const row = { borderBottom: `1px solid ${token.colorBorderSecondary}`, padding: `0 ${token.paddingXS}px` };
  const label = { width: 48, flex: 'none', color: token.colorTextSecondary, paddingInlineStart: token.paddingXS };
  return (
    <Flex vertical style={{ height: '100%' }} data-testid="mail-compose-form">
      {compose.state.status === 'conflict' && (
        <ConflictBanner
          newer={compose.state.newer}
          onKeepMine={() => void compose.keepMine((compose.state as { newer: Draft }).newer)}
          onTakeTheirs={() => {
            const body = compose.takeTheirs((compose.state as { newer: Draft }).newer);
            editor.current?.commands.setContent((body as JSONContent | null) ?? '');
          }}
        />
      )}
      <Flex align="center" style={row}>
        <span style={label}>{t('mail.compose.to')}</span>
        <RecipientField value={content.to} onChange={(to) => change({ to })} placeholder="" testId="mail-to" />
        {!copies && (
          <Button type="link" size="small" onClick={() => setCopies(true)} data-testid="mail-show-cc">
            {t('mail.compose.ccBcc')}
          </Button>
        )}
      </Flex>
      {copies && (
        <>
          <Flex align="center" style={row}>
            <span style={label}>{t('mail.compose.cc')}</span>
            <RecipientField value={content.cc} onChange={(cc) => change({ cc })} placeholder="" testId="mail-cc" />
          </Flex>
          <Flex align="center" style={row}>
            <span style={label}>{t('mail.compose.bcc')}</span>
            <RecipientField value={content.bcc} onChange={(bcc) => change({ bcc })} placeholder="" testId="mail-bcc" />
          </Flex>
        </>
      )}
      <Flex align="center" style={row}>
        <Input
          variant="borderless"
          placeholder={t('mail.compose.subject')}
          value={content.subject}
          onChange={(event) => change({ subject: event.target.value })}
          data-testid="mail-compose-subject"
        />
      </Flex>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <BodyEditor initial={initialBody} onChange={(body) => change({ body })} onEditor={onEditor} onUpload={upload} />
      </div>
      <ComposeAttachments files={compose.files} progress={progress} onRemove={compose.removeFile} />
      <Flex
        align="center"
        gap={token.marginXS}
        style={{ padding: token.paddingSM, borderTop: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={sending}
          onClick={() => void send()}
          data-testid="mail-send"
        >
          {t('mail.compose.send')}
        </Button>
        <Button
          icon={<PaperClipOutlined />}
          onClick={() => input.current?.click()}
          aria-label={t('mail.compose.attach')}
          data-testid="mail-attach"
        />
        <input
          ref={input}
          type="file"
          hidden
          data-testid="mail-attach-input"
          onChange={() => {
            Array.from(input.current?.files ?? []).forEach(upload);
            if (input.current) input.current.value = '';
          }}
        />
        <Typography.Text type="secondary" style={{ flex: 1, fontSize: 12 }} data-testid="mail-save-state">
          {compose.state.status === 'idle' || compose.state.status === 'conflict'
            ? ''
            : t(`mail.compose.state.${compose.state.status}`)}
        </Typography.Text>
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('mail.compose.discard')}
          onClick={() => void discard()}
          data-testid="mail-discard"
        />
      </Flex>
    </Flex>
  );
}
