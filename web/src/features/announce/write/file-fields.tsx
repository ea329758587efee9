import { DeleteOutlined, PaperClipOutlined, PictureOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUrl, uploadFile, type StoredFile } from '../../../shared/files/upload-file';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { AttachedFile } from './draft-form';

/** Picks one file and uploads it, showing progress; a refused file shows the server's reason. */
function useUpload(onStored: (file: StoredFile) => void) {
  const onProblem = useProblemHandler();
  const [progress, setProgress] = useState<number | null>(null);
  const start = (file: File) => {
    setProgress(0);
    uploadFile(file, setProgress, new AbortController().signal).then(
      (stored) => {
        setProgress(null);
        onStored(stored);
      },
      (error: unknown) => {
        setProgress(null);
        onProblem(error);
      },
    );
  };
  return { progress, start };
}

function FileButton({
  accept,
  icon,
  label,
  testId,
  onFile,
}: {
  accept?: string;
  icon: React.ReactNode;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        // antd Form's `input[type='file'] { display: block }` would show it despite `hidden`
        style={{ display: 'none' }}
        data-testid={`${testId}-input`}
        onChange={() => {
          const file = input.current?.files?.[0];
          if (file) onFile(file);
          if (input.current) input.current.value = '';
        }}
      />
    </>
  );
}

/** The cover image: shown above the title in the list and the reader. */
export function CoverField({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { progress, start } = useUpload((stored) => onChange(stored.id));
  return (
    <Flex vertical gap={8}>
      {value && (
        <img
          src={fileUrl(value)}
          alt={t('announce.write.cover')}
          style={{ maxWidth: '100%', maxHeight: 180, objectFit: 'cover', borderRadius: 8, alignSelf: 'flex-start' }}
          data-testid="announce-cover-preview"
        />
      )}
      <Flex gap={8} wrap>
        <FileButton
          accept="image/*"
          icon={<PictureOutlined />}
          label={value ? t('announce.write.coverReplace') : t('announce.write.coverAdd')}
          testId="announce-cover"
          onFile={start}
        />
        {value && (
          <Button icon={<DeleteOutlined />} onClick={() => onChange(null)}>
            {t('announce.write.coverRemove')}
          </Button>
        )}
      </Flex>
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" />}
    </Flex>
  );
}

/** Files listed under the text for readers to download. */
export function AttachmentsField({
  value,
  onChange,
}: {
  value: AttachedFile[];
  onChange: (files: AttachedFile[]) => void;
}) {
  const { t } = useTranslation();
  const { progress, start } = useUpload((stored) => onChange([...value, { id: stored.id, name: stored.name }]));
  return (
    <Flex vertical gap={6}>
      {value.map((file, index) => (
        <Flex key={file.id} align="center" gap={8} data-testid="announce-attachment">
          <PaperClipOutlined />
          <Typography.Link href={fileUrl(file.id, { download: true })} ellipsis style={{ minWidth: 0 }}>
            {file.name ?? t('announce.write.attachmentN', { n: index + 1 })}
          </Typography.Link>
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('announce.write.attachmentRemove')}
            onClick={() => onChange(value.filter((other) => other.id !== file.id))}
          />
        </Flex>
      ))}
      <div>
        <FileButton
          icon={<PaperClipOutlined />}
          label={t('announce.write.attachmentAdd')}
          testId="announce-attachment-add"
          onFile={start}
        />
      </div>
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" />}
    </Flex>
  );
}
