import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileCard } from '../../../shared/files/attachment-list';
import { fileUrl } from '../../../shared/files/upload-file';
import { useAttachment } from '../api/reading';

/** The announcement's files, each a card to download. */
export function Attachments({ fileIds }: { fileIds: string[] }) {
  const { t } = useTranslation();
  if (fileIds.length === 0) return null;
  return (
    <section aria-label={t('announce.attachments')} data-testid="announcement-attachments">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <PaperClipOutlined /> {t('announce.attachments')}
      </Typography.Title>
      <Flex vertical gap={8}>
        {fileIds.map((id) => (
          <OneAttachment key={id} id={id} />
        ))}
      </Flex>
    </section>
  );
}

function OneAttachment({ id }: { id: string }) {
  const { t } = useTranslation();
  const file = useAttachment(id);
  if (file.data) return <FileCard file={file.data} />;
  // still looking (or the look-up failed): the download works all the same
  return (
    <a href={fileUrl(id, { download: true })} data-testid="attachment-file">
      {t('common.download')}
    </a>
  );
}
