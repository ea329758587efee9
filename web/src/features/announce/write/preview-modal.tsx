import { useQuery } from '@tanstack/react-query';
import { Flex, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../../shared/files/upload-file';
import { categoriesQuery } from '../api/writing';
import { AnnouncementBody } from '../reader/announcement-body';
import type { DraftFields } from './draft-form';

/** The announcement as its readers will see it (the reader's own rendering of the text), before it is sent. */
export function PreviewModal({ fields, open, onClose }: { fields: DraftFields; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const categories = useQuery(categoriesQuery);
  const category = categories.data?.find((candidate) => candidate.key === fields.category);
  const categoryName = category ? (i18n.language.startsWith('zh') ? category.name.zh : category.name.en) : undefined;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={860}
      title={t('announce.write.preview')}
      destroyOnHidden
      data-testid="announce-preview"
    >
      <Flex vertical gap={8}>
        {fields.coverFileId && (
          <img
            src={fileUrl(fields.coverFileId)}
            alt=""
            style={{ width: '100%', maxHeight: 240, objectFit: 'cover', borderRadius: 8 }}
          />
        )}
        <Flex gap={4} wrap>
          {fields.importance !== 'NORMAL' && (
            <Tag color={fields.importance === 'URGENT' ? 'red' : 'orange'}>
              {t(`announce.write.importance.${fields.importance}`)}
            </Tag>
          )}
          {fields.mustRead && <Tag color="blue">{t('announce.write.mustRead')}</Tag>}
          {categoryName && <Tag>{categoryName}</Tag>}
        </Flex>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {fields.title || t('announce.write.untitled')}
        </Typography.Title>
        {/* made when the dialog opens (it is destroyed on close), so one version is enough */}
        <AnnouncementBody content={fields.body} version={0} />
      </Flex>
    </Modal>
  );
}
