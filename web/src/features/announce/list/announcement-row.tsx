import { Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/i18n/format';
import { fileUrl } from '../../../shared/files/upload-file';
import type { AnnouncementSummary } from '../api/types';
import { ImportanceTag, MustReadTag, PinnedMark, useCategoryName } from '../tags';
import { isPinned, isUnread } from './list-items';

interface RowProps {
  item: AnnouncementSummary;
  to: string;
  selected: boolean;
  /** A phone's list: one line of title and one of facts, no excerpt or cover. */
  compact: boolean;
  now: number;
}

/** One announcement in a list: unread ones bold with a dot, pinned ones with a pin, importance and must-read as tags. */
export function AnnouncementRow({ item, to, selected, compact, now }: RowProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const categoryName = useCategoryName();
  const unread = isUnread(item);
  const when = item.publishedAt ?? item.publishAt;
  const facts = [categoryName(item.category), item.author.name, when ? formatDate(when, i18n.language) : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <Link
      to={to}
      data-testid="announcement-row"
      data-id={item.id}
      data-unread={unread}
      aria-current={selected ? 'page' : undefined}
      style={{
        display: 'flex',
        gap: 10,
        padding: compact ? '10px 12px' : '12px 14px',
        color: token.colorText,
        background: selected ? token.controlItemBgActive : undefined,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <span
        aria-label={unread ? t('announce.unread') : undefined}
        style={{
          width: 8,
          height: 8,
          marginTop: 8,
          flex: 'none',
          borderRadius: 4,
          background: unread ? token.colorPrimary : 'transparent',
        }}
      />
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Flex align="center" gap={6} style={{ minWidth: 0 }}>
          {isPinned(item, now) && item.pinnedUntil && <PinnedMark until={item.pinnedUntil} />}
          <Typography.Text
            strong={unread}
            ellipsis
            style={{ flex: 1, minWidth: 0 }}
            data-testid="announcement-row-title"
          >
            {item.title || t('announce.untitled')}
          </Typography.Text>
        </Flex>
        <Flex wrap gap={4} align="center">
          <ImportanceTag importance={item.importance} />
          <MustReadTag item={item} />
          {item.updatedSinceOpened && (
            <Tag color="purple" data-testid="announcement-updated">
              {t('announce.updated')}
            </Tag>
          )}
          {item.state !== 'PUBLISHED' && (
            <Tag data-testid="announcement-state">{t(`announce.state.${item.state}`)}</Tag>
          )}
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, minWidth: 0, flex: 1 }}>
            {facts}
          </Typography.Text>
        </Flex>
        {!compact && item.excerpt && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
            {item.excerpt}
          </Typography.Paragraph>
        )}
      </Flex>
      {!compact && item.coverFileId && (
        <img
          src={fileUrl(item.coverFileId, { thumbnail: true })}
          alt=""
          style={{ width: 64, height: 48, objectFit: 'cover', borderRadius: 4, flex: 'none' }}
        />
      )}
    </Link>
  );
}
