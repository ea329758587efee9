import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Progress } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileCard } from '../../../shared/files/attachment-list';
import { uploadFile } from '../../../shared/files/upload-file';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { TaskAttachment, TaskChange } from '../api/types';

/** The task's files: each a card to download (and take off), and a button that uploads one more. */
export function AttachmentsField({
  attachments,
  editable,
  onSave,
}: {
  attachments: TaskAttachment[];
  editable: boolean;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const ids = attachments.map((file) => file.id);
  const upload = (file: File) => {
    setProgress(0);
    uploadFile(file, setProgress, new AbortController().signal).then(
      (stored) => {
        setProgress(null);
        onSave({ attachmentFileIds: [...ids, stored.id] });
      },
      (error: unknown) => {
        setProgress(null);
        onProblem(error);
      },
    );
  };
  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid="task-attachments">
      {attachments.map((file) => (
        <Flex key={file.id} align="center" gap={4}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FileCard file={{ ...file, hasThumbnail: false }} />
          </div>
          {editable && (
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('tasks.detail.attachmentRemove', { name: file.name })}
              onClick={() => onSave({ attachmentFileIds: ids.filter((id) => id !== file.id) })}
            />
          )}
        </Flex>
      ))}
      {editable && (
        <div>
          <Button
            size="small"
            icon={<PaperClipOutlined />}
            onClick={() => input.current?.click()}
            loading={progress !== null}
            data-testid="task-attachment-add"
          >
            {t('tasks.detail.attachmentAdd')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            data-testid="task-attachment-input"
            onChange={() => {
              const file = input.current?.files?.[0];
              if (file) upload(file);
              if (input.current) input.current.value = '';
            }}
          />
        </div>
      )}
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" />}
    </Flex>
  );
}
