import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileCard } from '../../../shared/files/attachment-list';
import type { Announcement } from '../api/types';

/** The announcement's files, each a card to download, named as the announcement names them. */
export function Attachments({ files }: { files: Announcement['attachments'] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <section aria-label={t('announce.attachments')} data-testid="announcement-attachments">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <PaperClipOutlined /> {t('announce.attachments')}
      </Typography.Title>
      <Flex vertical gap={8}>
        {files.map((file) => (
          <FileCard key={file.id} file={file} />
        ))}
      </Flex>
    </section>
  );
}
