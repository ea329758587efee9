import { theme } from 'antd';
import { NotificationCentre } from './centre/notification-centre';

/** The notification centre as a whole screen: the phone's Notifications tab. */
export function NotificationsPage() {
  const { token } = theme.useToken();
  return (
    <div style={{ height: '100%', background: token.colorBgContainer }}>
      <NotificationCentre />
    </div>
  );
}
