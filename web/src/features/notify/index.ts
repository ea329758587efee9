// NotificationsPage is imported by the app's routes on first visit, not through here, so it loads on demand.
export { useUnreadNotifications } from './api/notifications';
export { NotificationBell } from './notification-bell';
export { registerNotifyStream } from './realtime/notify-stream';
