import { ArrowLeftOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  type Notification,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  useUnreadNotifications,
} from '../api/notifications';
import { revealAnchor } from '../reveal-anchor';
import { notificationTarget } from '../sentence';
import { NotificationItem } from './notification-item';
import { PreferencesPanel } from './preferences-panel';

/** Relative times ("5 minutes ago") move on while the list is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The notification centre: newest first, all or unread only, mark all read, load more, and the
 * preferences behind the gear. Opening an entry marks it read and goes to its page (and comment).
 */
export function NotificationCentre({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [settings, setSettings] = useState(false);
  const unread = useUnreadNotifications();
  const markAll = useMarkAllRead();
  const showProblem = useProblemHandler();

  return (
    <Flex vertical style={{ height: '100%', minHeight: 0 }} data-testid="notification-centre">
      <Flex align="center" gap={8} style={{ padding: '12px 12px 8px' }}>
        {settings && (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('common.back')}
            onClick={() => setSettings(false)}
            data-testid="notify-settings-back"
          />
        )}
        <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
          {settings ? t('notify.preferences') : t('notify.title')}
        </Typography.Title>
        {!settings && (
          <>
            <Button
              size="small"
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate(undefined, { onError: (error) => showProblem(error) })}
              data-testid="notify-mark-all"
            >
              {t('notify.markAllRead')}
            </Button>
            <Tooltip title={t('notify.preferences')}>
              <Button
                type="text"
                icon={<SettingOutlined />}
                aria-label={t('notify.preferences')}
                onClick={() => setSettings(true)}
                data-testid="notify-settings"
              />
            </Tooltip>
          </>
        )}
      </Flex>
      {settings ? (
        <PreferencesPanel />
      ) : (
        <>
          <Segmented
            block
            style={{ margin: '0 12px 8px' }}
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            options={[
              { value: 'all', label: t('notify.all') },
              { value: 'unread', label: <span data-testid="notify-unread-only">{t('notify.unreadOnly')}</span> },
            ]}
          />
          <NotificationEntries unreadOnly={unreadOnly} onNavigate={onNavigate} />
        </>
      )}
    </Flex>
  );
}

function NotificationEntries({ unreadOnly, onNavigate }: { unreadOnly: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useNotificationList(unreadOnly);
  const mark = useMarkRead();
  const showProblem = useProblemHandler();
  const now = useNow();

  if (list.isLoading) return <Loading />;
  if (!list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);

  const open = (notification: Notification) => {
    if (!notification.readAt)
      mark.mutate({ id: notification.id, read: true }, { onError: (error) => showProblem(error) });
    onNavigate?.();
    void navigate(notificationTarget(notification));
    if (notification.anchor) revealAnchor(notification.anchor);
  };

  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto', padding: '0 4px 12px' }} data-testid="notification-list">
      {items.length === 0 && <EmptyState text={t(unreadOnly ? 'notify.noneUnread' : 'notify.none')} />}
      {items.map((notification) => (
        <NotificationItem
          key={notification.id}
          notification={notification}
          now={now}
          onOpen={() => open(notification)}
          onToggleRead={() =>
            mark.mutate({ id: notification.id, read: !notification.readAt }, { onError: (error) => showProblem(error) })
          }
        />
      ))}
      {list.hasNextPage && (
        <Flex justify="center" style={{ paddingTop: 8 }}>
          <Button
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid="notify-load-more"
          >
            {t('notify.loadMore')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
