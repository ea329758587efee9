import type { QueryClient } from '@tanstack/react-query';
// the instance shared/i18n initialises (imported here directly, so this module loads without a DOM in tests)
import i18n from 'i18next';
import { showDesktopNotification } from '../../../shared/realtime/desktop-notification';
import { isDoNotDisturb } from '../../../shared/realtime/presence';
import { onReady, onSignal } from '../../../shared/realtime/socket';
import {
  applyReadChange,
  markRead,
  type Notification,
  type ReadChange,
  refetchNotifications,
  storeNotification,
} from '../api/notifications';
import { detailText, notificationTarget, sentence } from '../sentence';

/**
 * Plugs notifications into the one socket: `notification` and `notification.read` signals update
 * the cached lists and badge; after every (re)connect the count and lists are read again, since
 * signals are never replayed. A new unread one shows on the desktop while the tab is hidden.
 */
export function registerNotifyStream(queryClient: QueryClient, myId: string, open: (path: string) => void): () => void {
  const offNew = onSignal('notification', (payload) => {
    const notification = payload as Notification;
    storeNotification(queryClient, notification);
    if (!notification.readAt && !isDoNotDisturb(myId)) {
      showDesktopNotification({
        title: sentence(notification, i18n.t),
        body: detailText(notification, i18n.t) ?? '',
        tag: `notification-${notification.id}`,
        onClick: () => {
          void markRead(notification.id).then((read) =>
            applyReadChange(queryClient, { id: read.id, all: false, readAt: read.readAt }),
          );
          open(notificationTarget(notification));
        },
      });
    }
  });
  const offRead = onSignal('notification.read', (payload) => applyReadChange(queryClient, payload as ReadChange));
  const offReady = onReady(() => refetchNotifications(queryClient));
  return () => {
    offNew();
    offRead();
    offReady();
  };
}
