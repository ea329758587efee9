export { useUnreadNotifications } from './api/notifications';
export { NotificationBell } from './notification-bell';
export { NotificationsPage } from './notifications-page';
export { registerNotifyStream } from './realtime/notify-stream';
