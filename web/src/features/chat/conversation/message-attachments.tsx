import { CloseOutlined, ExclamationCircleOutlined, FileOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Progress, theme, Tooltip, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { AttachmentList, FileCard } from '../../../shared/files/attachment-list';
import type { StoredFile } from '../../../shared/files/upload-file';
import { formatBytes } from '../../../shared/i18n/format';
import { problemMessage } from '../../../shared/i18n/problem-message';
import type { Message } from '../api/messages';
import { addUploads, type PendingUpload, removeUpload, useUploads } from '../api/uploads';

const limitsQuery = {
  queryKey: ['files', 'limits'],
  queryFn: () => body(api.GET('/api/v1/files/limits')),
  staleTime: 5 * 60_000,
};

/** Starts uploads into a channel's composer, checked against the administrator's size limit first. */
export function useAddFiles(channelId: string): (files: File[]) => void {
  const limits = useQuery(limitsQuery);
  return (files) => files.length > 0 && addUploads(channelId, files, limits.data?.maxBytes);
}

/** The files of a stored message (stream entries written before attachments existed carry none). */
export function MessageAttachments({ message }: { message: Message }) {
  const attachments = message.attachments ?? [];
  if (attachments.length === 0) return null;
  return <AttachmentList attachments={attachments} />;
}

/** The files of a message still being sent. */
export function PendingFiles({ files }: { files: StoredFile[] }) {
  return (
    <Flex vertical gap={4} style={{ opacity: 0.55 }}>
      {files.map((file) => (
        <FileCard key={file.id} file={file} />
      ))}
    </Flex>
  );
}

/** The paper-clip button of the composer: picks files from the device. */
export function AttachButton({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const addFiles = useAddFiles(channelId);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="attach-input"
        onChange={(event) => {
          addFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      <Tooltip title={t('files.attach')}>
        <Button
          type="text"
          icon={<PaperClipOutlined />}
          aria-label={t('files.attach')}
          onClick={() => input.current?.click()}
          data-testid="attach"
        />
      </Tooltip>
    </>
  );
}

/** The composer's uploads: progress with cancel, then ready (removable), or the reason it failed. */
export function UploadTray({ channelId }: { channelId: string }) {
  const uploads = useUploads(channelId);
  if (uploads.length === 0) return null;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 8 }} data-testid="upload-tray">
      {uploads.map((upload) => (
        <UploadChip key={upload.key} upload={upload} />
      ))}
    </Flex>
  );
}

function UploadChip({ upload }: { upload: PendingUpload }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const failed = upload.status === 'failed';
  return (
    <div
      data-testid="upload"
      data-status={upload.status}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        width: 240,
        maxWidth: '100%',
        padding: '6px 8px',
        border: `1px solid ${failed ? token.colorErrorBorder : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        background: failed ? token.colorErrorBg : token.colorFillQuaternary,
      }}
    >
      {upload.previewUrl ? (
        <img
          src={upload.previewUrl}
          alt=""
          width={36}
          height={36}
          style={{ objectFit: 'cover', borderRadius: 4, flex: 'none' }}
        />
      ) : failed ? (
        <ExclamationCircleOutlined style={{ fontSize: 20, color: token.colorError }} />
      ) : (
        <FileOutlined style={{ fontSize: 20, color: token.colorPrimary }} />
      )}
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis style={{ display: 'block', fontSize: 13 }}>
          {upload.name}
        </Typography.Text>
        {failed ? (
          <Typography.Text
            type="danger"
            style={{ fontSize: 12, display: 'block' }}
            role="alert"
            data-testid="upload-error"
          >
            {upload.problem ? problemMessage(upload.problem, t) : t('files.uploadFailed')}
          </Typography.Text>
        ) : upload.status === 'uploading' ? (
          <Progress
            percent={Math.round(upload.progress * 100)}
            size="small"
            showInfo={false}
            style={{ margin: 0 }}
            aria-label={t('files.uploading')}
          />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatBytes(upload.size, i18n.language)}
          </Typography.Text>
        )}
      </div>
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined />}
        aria-label={upload.status === 'uploading' ? t('files.cancel') : t('files.remove')}
        onClick={() => removeUpload(upload.key)}
        data-testid="upload-remove"
      />
    </div>
  );
}
