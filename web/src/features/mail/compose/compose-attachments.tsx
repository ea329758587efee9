import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileCard } from '../../../shared/files/attachment-list';
import type { MailAttachment } from '../api/types';

/** The files going with the mail: each a card that can be taken off, and the upload on its way. */
export function ComposeAttachments({
  files,
  progress,
  onRemove,
}: {
  files: MailAttachment[];
  progress: number | null;
  onRemove: (fileId: string) => void;
}) {
  const { t } = useTranslation();
  if (files.length === 0 && progress === null) return null;
  return (
    <Flex wrap gap={6} style={{ padding: '4px 12px' }} data-testid="mail-compose-attachments">
      {files.map((file) => (
        <Flex key={file.fileId} align="center" gap={2}>
          <FileCard
            file={{
              id: file.fileId,
              name: file.name,
              contentType: file.contentType,
              size: file.size,
              hasThumbnail: false,
            }}
          />
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('mail.compose.removeAttachment', { name: file.name })}
            onClick={() => onRemove(file.fileId)}
          />
        </Flex>
      ))}
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" style={{ width: 160 }} />}
    </Flex>
  );
}
