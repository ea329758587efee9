import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadNotifications } from './api/notifications';
import { NotificationCentre } from './centre/notification-centre';

/** The desktop rail's bell: the unread badge, and the notification centre in a drawer beside the rail. */
export function NotificationBell({ railWidth }: { railWidth: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotifications();
  return (
    <>
      <Tooltip title={t('notify.title')} placement="right">
        <Button
          type="text"
          aria-label={t('notify.title')}
          aria-expanded={open}
          data-testid="notification-bell"
          onClick={() => setOpen((was) => !was)}
          icon={
            <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]} data-testid="notification-badge">
              <BellOutlined style={{ color: open ? '#fff' : 'rgba(255,255,255,0.6)', fontSize: 20 }} />
            </Badge>
          }
          style={{ width: 44, height: 44, background: open ? 'rgba(255,255,255,0.16)' : undefined }}
        />
      </Tooltip>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        size={400}
        closable={false}
        // beside the rail, not over it: the bell stays where it was clicked
        rootStyle={{ left: railWidth }}
        styles={{ body: { padding: 0 } }}
        data-testid="notification-drawer"
      >
        <NotificationCentre onNavigate={() => setOpen(false)} />
      </Drawer>
    </>
  );
}
