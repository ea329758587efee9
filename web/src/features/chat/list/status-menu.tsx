import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { askNotificationPermission, useNotificationPermission } from '../../../shared/realtime/desktop-notification';
import { clearDoNotDisturb, setDoNotDisturb, statusOf, useOwnPresence } from '../../../shared/realtime/presence';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';

/** Tomorrow at 09:00 local time: "until tomorrow" in the status menu. */
export function tomorrowMorning(now = new Date()): Date {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(9, 0, 0, 0);
  return next;
}

/**
 * My status: do not disturb (for an hour, until tomorrow, until turned off) or available, and the
 * one place that asks for desktop notification permission (on a click, never on load).
 */
export function StatusMenu({ myId }: { myId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblemHandler();
  const mine = useOwnPresence(myId);
  const status = statusOf(mine);
  const permission = useNotificationPermission();
  const dnd = status === 'dnd';

  const items: MenuProps['items'] = [
    dnd
      ? { key: 'available', label: <span data-testid="status-available">{t('presence.turnOffDnd')}</span> }
      : {
          key: 'dnd',
          label: t('presence.dnd'),
          children: [
            { key: 'dnd-hour', label: <span data-testid="status-dnd-hour">{t('presence.forAnHour')}</span> },
            { key: 'dnd-tomorrow', label: t('presence.untilTomorrow') },
            { key: 'dnd-off', label: <span data-testid="status-dnd">{t('presence.untilTurnedOff')}</span> },
          ],
        },
    ...(permission === 'default'
      ? [
          { type: 'divider' as const },
          {
            key: 'notify',
            icon: <BellOutlined />,
            label: <span data-testid="enable-notifications">{t('presence.enableNotifications')}</span>,
          },
        ]
      : []),
  ];

  const act = (key: string) => {
    const done =
      key === 'available'
        ? clearDoNotDisturb()
        : key === 'dnd-hour'
          ? setDoNotDisturb(new Date(Date.now() + 3_600_000).toISOString())
          : key === 'dnd-tomorrow'
            ? setDoNotDisturb(tomorrowMorning().toISOString())
            : key === 'dnd-off'
              ? setDoNotDisturb(null)
              : askNotificationPermission().then(() => {
                  if (Notification.permission === 'denied') void message.info(t('presence.notificationsDenied'));
                });
    done.catch((error: unknown) => showProblem(error));
  };

  const color = { online: 'green', away: 'gold', dnd: 'red', offline: 'default' }[status];
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => act(key) }}>
      <Button
        type="text"
        size="small"
        data-testid="status-menu"
        data-status={status}
        aria-label={t('presence.statusMenu')}
      >
        <Badge color={color} text={t(`presence.${status}`)} />
      </Button>
    </Dropdown>
  );
}
