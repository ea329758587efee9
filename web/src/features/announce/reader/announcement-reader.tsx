import { BarChartOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fileUrl } from '../../../shared/files/upload-file';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useAnnouncement } from '../api/reading';
import type { Announcement } from '../api/types';
import { announcementStatsPath, editAnnouncementPath } from '../routes';
import { ImportanceTag, MustReadTag, useCategoryName } from '../tags';
import { ReviewPanel } from '../write';
import { AnnouncementBody } from './announcement-body';
import { Attachments } from './attachments';
import { ChangesDrawer } from './changes-drawer';
import { CommentsSection } from './comments-section';
import { ConfirmCard } from './confirm-card';
import { ReactionsBar } from './reactions-bar';
import { useRecordOpen } from './use-record-open';

/** `/announcements/:id`: one announcement as its readers see it, with its receipt recorded on view. */
export function AnnouncementReader({ id }: { id: string }) {
  const announcement = useAnnouncement(id);
  useRecordOpen(announcement.data);
  if (announcement.isError)
    return <LoadFailed error={announcement.error} onRetry={() => void announcement.refetch()} />;
  if (!announcement.data) return <Loading />;
  return <Reading announcement={announcement.data} />;
}

function Reading({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const categoryName = useCategoryName();
  const [changesOpen, setChangesOpen] = useState(false);
  const when = announcement.publishedAt ?? announcement.publishAt;
  return (
    <article
      data-testid="announcement-reader"
      data-id={announcement.id}
      style={{ maxWidth: 860, margin: '0 auto', padding: isPhone ? '4px 0 32px' : '24px 24px 48px' }}
    >
      {announcement.coverFileId && (
        <img
          src={fileUrl(announcement.coverFileId)}
          alt=""
          data-testid="announcement-cover"
          style={{
            display: 'block',
            width: '100%',
            maxHeight: isPhone ? 180 : 280,
            objectFit: 'cover',
            borderRadius: isPhone ? 0 : token.borderRadiusLG,
            marginBottom: 16,
          }}
        />
      )}
      <header style={{ paddingInline: isPhone ? 14 : 24 }}>
        <Flex wrap gap={4} align="center">
          <ImportanceTag importance={announcement.importance} />
          <MustReadTag item={announcement} />
          <Tag>{categoryName(announcement.category)}</Tag>
          {announcement.state !== 'PUBLISHED' && <Tag>{t(`announce.state.${announcement.state}`)}</Tag>}
          {announcement.version > 1 && (
            <Button
              size="small"
              type="link"
              icon={<HistoryOutlined />}
              onClick={() => setChangesOpen(true)}
              data-testid="announcement-show-changes"
            >
              {announcement.updatedSinceOpened ? t('announce.updatedSeeChanges') : t('announce.seeChanges')}
            </Button>
          )}
        </Flex>
        <Typography.Title level={isPhone ? 3 : 2} style={{ margin: '12px 0 8px' }} data-testid="announcement-title">
          {announcement.title}
        </Typography.Title>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary" data-testid="announcement-byline">
            {[announcement.author.name, when ? formatDateTime(when, i18n.language) : undefined]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          <Flex gap={8}>
            {announcement.capabilities.edit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(editAnnouncementPath(announcement.id))}
                data-testid="announcement-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {announcement.capabilities.stats && (
              <Button
                icon={<BarChartOutlined />}
                onClick={() => void navigate(announcementStatsPath(announcement.id))}
                data-testid="announcement-stats"
              >
                {t('announce.statistics')}
              </Button>
            )}
          </Flex>
        </Flex>
      </header>
      {announcement.capabilities.review && (
        <div style={{ padding: isPhone ? '12px 14px 0' : '16px 24px 0' }}>
          <ReviewPanel id={announcement.id} />
        </div>
      )}
      <AnnouncementBody content={announcement.body} version={announcement.version} />
      <Flex vertical gap={24} style={{ paddingInline: isPhone ? 14 : 24 }}>
        <Attachments files={announcement.attachments} />
        <ConfirmCard announcement={announcement} />
        {announcement.reactionsEnabled && <ReactionsBar announcement={announcement} />}
        {announcement.commentsEnabled && <CommentsSection announcement={announcement} />}
      </Flex>
      {announcement.version > 1 && (
        <ChangesDrawer announcement={announcement} open={changesOpen} onClose={() => setChangesOpen(false)} />
      )}
    </article>
  );
}
