import { LeftOutlined, NotificationOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, theme, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useBanner } from '../api/reading';
import { announcementPath } from '../routes';
import { bannerItems } from './banner-items';
import { onAnnouncementNotices } from './refresh-rule';

/**
 * Above every module: my must-reads still waiting for "I have read and understood", one at a time
 * (arrows step through several); "Read" opens it. Gone once all are confirmed.
 */
export function MustReadBanner() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const banner = useBanner();
  const { refetch } = banner;
  useEffect(() => onAnnouncementNotices(() => void refetch()), [refetch]);
  const readingId = useMatch('/announcements/:id')?.params.id;
  const items = useMemo(() => bannerItems(banner.data ?? [], readingId), [banner.data, readingId]);
  const [index, setIndex] = useState(0);
  if (items.length === 0) return null;
  const shown = items[Math.min(index, items.length - 1)];
  const urgent = shown.importance === 'URGENT';
  const step = (by: number) => setIndex((Math.min(index, items.length - 1) + by + items.length) % items.length);

  return (
    <Flex
      role="region"
      aria-label={t('announce.banner.label')}
      align="center"
      gap={isPhone ? 6 : 10}
      data-testid="must-read-banner"
      data-count={items.length}
      style={{
        flex: 'none',
        padding: isPhone ? '6px 8px 6px 12px' : '6px 16px',
        background: urgent ? token.colorErrorBg : token.colorWarningBg,
        borderBottom: `1px solid ${urgent ? token.colorErrorBorder : token.colorWarningBorder}`,
      }}
    >
      <NotificationOutlined style={{ color: urgent ? token.colorError : token.colorWarning, flex: 'none' }} />
      <Typography.Text strong style={{ flex: 'none' }}>
        {isPhone ? t('announce.mustRead') : t('announce.banner.title', { count: items.length })}
      </Typography.Text>
      <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }} data-testid="must-read-banner-title">
        {shown.title}
      </Typography.Text>
      {items.length > 1 && (
        <Flex align="center" style={{ flex: 'none' }}>
          <Button
            type="text"
            size="small"
            icon={<LeftOutlined />}
            aria-label={t('announce.banner.previous')}
            onClick={() => step(-1)}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {Math.min(index, items.length - 1) + 1}/{items.length}
          </Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<RightOutlined />}
            aria-label={t('announce.banner.next')}
            onClick={() => step(1)}
          />
        </Flex>
      )}
      <Button
        type="primary"
        size="small"
        danger={urgent}
        style={{ flex: 'none' }}
        onClick={() => void navigate(announcementPath(shown.id))}
        data-testid="must-read-banner-open"
      >
        {t('announce.banner.read')}
      </Button>
    </Flex>
  );
}
