import { CheckCircleOutlined, PushpinFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/i18n/format';
import { useCategories } from './api/reading';
import type { AnnouncementSummary, Importance } from './api/types';

const IMPORTANCE_COLOR: Record<Importance, string | undefined> = {
  NORMAL: undefined,
  IMPORTANT: 'orange',
  URGENT: 'red',
};

/** Urgent in red, important in orange; a normal one carries no tag. */
export function ImportanceTag({ importance }: { importance: Importance }) {
  const { t } = useTranslation();
  if (importance === 'NORMAL') return null;
  return (
    <Tag color={IMPORTANCE_COLOR[importance]} data-testid="announcement-importance" data-importance={importance}>
      {t(`announce.importance.${importance}`)}
    </Tag>
  );
}

/** 必读: blue while it waits for my confirmation, green once given. */
export function MustReadTag({ item }: { item: AnnouncementSummary }) {
  const { t } = useTranslation();
  if (!item.mustRead) return null;
  return item.needsConfirmation ? (
    <Tag color="blue" data-testid="announcement-must-read">
      {t('announce.mustRead')}
    </Tag>
  ) : (
    <Tag color="green" icon={<CheckCircleOutlined />} data-testid="announcement-must-read" data-confirmed="true">
      {t('announce.mustRead')}
    </Tag>
  );
}

export function PinnedMark({ until }: { until: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Tooltip title={t('announce.pinnedUntil', { time: formatDateTime(until, i18n.language) })}>
      <PushpinFilled aria-label={t('announce.pinned')} data-testid="announcement-pinned" style={{ color: '#fa8c16' }} />
    </Tooltip>
  );
}

/** A category's name in the reader's language; its key while the categories load. */
export function useCategoryName(): (key: string) => string {
  const { i18n } = useTranslation();
  const categories = useCategories().data ?? [];
  const chinese = i18n.language === 'zh-CN';
  return (key) => {
    const category = categories.find((candidate) => candidate.key === key);
    return category ? (chinese ? category.name.zh : category.name.en) : key;
  };
}
