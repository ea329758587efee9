import { SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyBytes, MAX_BODY_BYTES, sendMessage } from '../api/outbox';
import { reportTyping } from '../realtime/typing';
import { takeUploaded, useUploads } from '../api/uploads';
import { AttachButton, UploadTray, useAddFiles } from './message-attachments';

/** Enter sends, Shift+Enter starts a new line; an IME composition's Enter is left to the IME. */
/** `disabledReason`: why I cannot post here (archived, a broadcast channel); shown instead of the composer. */
export function Composer({ channelId, placeholder, disabledReason }: { channelId: string; placeholder: string; disabledReason?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const uploads = useUploads(channelId);
  const addFiles = useAddFiles(channelId);
  const tooLong = bodyBytes(text) > MAX_BODY_BYTES;
  // a message may be files only; it waits until every upload has finished
  const uploading = uploads.some((upload) => upload.status === 'uploading');
  const empty = text.trim().length === 0 && !uploads.some((upload) => upload.status === 'done');

  const send = () => {
    if (empty || tooLong || uploading) return;
    sendMessage(queryClient, channelId, text, takeUploaded(channelId));
    setText('');
  };

  if (disabledReason) {
    return (
      <div style={{ padding: '12px 16px', borderTop: `1px solid ${token.colorBorderSecondary}`, background: token.colorFillQuaternary }}>
        <Typography.Text type="secondary" data-testid="composer-disabled" role="status">
          {disabledReason}
        </Typography.Text>
      </div>
    );
  }

  return (
    <div style={{ padding: '8px 16px 12px', borderTop: `1px solid ${token.colorBorderSecondary}`, background: token.colorBgContainer }}>
      <UploadTray channelId={channelId} />
      <Flex gap={8} align="flex-end">
        <AttachButton channelId={channelId} />
        <Input.TextArea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim().length > 0) reportTyping(channelId);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
          onPaste={(event) => {
            const files = Array.from(event.clipboardData.files);
            if (files.length > 0) {
              event.preventDefault();
              addFiles(files);
            }
          }}
          placeholder={placeholder}
          aria-label={placeholder}
          autoSize={{ minRows: 1, maxRows: 8 }}
          status={tooLong ? 'error' : undefined}
          data-testid="composer"
        />
        <Button type="primary" icon={<SendOutlined />} onClick={send} disabled={empty || tooLong || uploading} aria-label={t('chat.send')} data-testid="composer-send" />
      </Flex>
      <Typography.Text type={tooLong ? 'danger' : 'secondary'} style={{ fontSize: 12 }} role={tooLong ? 'alert' : undefined}>
        {tooLong ? t('errors.chat.message-too-long') : uploading ? t('files.waitForUploads') : t('chat.composerHint')}
      </Typography.Text>
    </div>
  );
}
