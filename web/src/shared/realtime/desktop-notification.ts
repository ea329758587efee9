import { useSyncExternalStore } from 'react';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

/**
 * Shows a desktop notification while this tab is hidden and the person allowed them; otherwise
 * nothing (the page itself shows what happened). A newer one with the same `tag` replaces it.
 */
export function showDesktopNotification({
  title,
  body,
  tag,
  onClick,
}: {
  title: string;
  body: string;
  tag: string;
  onClick: () => void;
}) {
  if (!supported() || Notification.permission !== 'granted' || document.visibilityState !== 'hidden') return;
  const notification = new Notification(title, { body: body.slice(0, 200), tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}

let permissionListeners = new Set<() => void>();

/** The browser's notification permission, or 'unsupported'. */
export function useNotificationPermission(): NotificationPermission | 'unsupported' {
  return useSyncExternalStore(
    (listener) => {
      permissionListeners.add(listener);
      return () => permissionListeners.delete(listener);
    },
    () => (supported() ? Notification.permission : 'unsupported'),
  );
}

/** Asks for permission; called from a button only (never on load: browsers and people dislike that). */
export async function askNotificationPermission(): Promise<void> {
  if (!supported()) return;
  await Notification.requestPermission();
  permissionListeners.forEach((listener) => listener());
  permissionListeners = new Set(permissionListeners);
}
