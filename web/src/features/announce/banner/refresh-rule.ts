import { onReady, onSignal } from '../../../shared/realtime/socket';

/**
 * Whether a `notification` signal may change my unconfirmed must-reads: any notice of the announce
 * module (a new one, a reminder, a correction to confirm again). Other modules' notices never do.
 */
export function concernsAnnouncements(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const { kind, module } = payload as { kind?: unknown; module?: unknown };
  return module === 'announce' || (typeof kind === 'string' && kind.startsWith('announce.'));
}

/**
 * Calls `refresh` when an announce notice arrives live, and after every (re)connect: signals are
 * never replayed, so one missed while offline is made up for by reading again.
 */
export function onAnnouncementNotices(refresh: () => void): () => void {
  const offSignal = onSignal('notification', (payload) => {
    if (concernsAnnouncements(payload)) refresh();
  });
  const offReady = onReady(refresh);
  return () => {
    offSignal();
    offReady();
  };
}
