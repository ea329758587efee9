import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = vi.hoisted(() => ({
  signal: new Map<string, (payload: unknown) => void>(),
  ready: [] as (() => void)[],
}));

vi.mock('../../../shared/realtime/socket', () => ({
  onSignal: (kind: string, handler: (payload: unknown) => void) => {
    handlers.signal.set(kind, handler);
    return () => handlers.signal.delete(kind);
  },
  onReady: (handler: () => void) => {
    handlers.ready.push(handler);
    return () => handlers.ready.splice(handlers.ready.indexOf(handler), 1);
  },
}));

const { concernsAnnouncements, onAnnouncementNotices } = await import('./refresh-rule');

const notice = (kind: string) => ({ id: 'n1', module: kind.split('.')[0], kind, link: '/x' });

describe('the must-read banner refreshes', () => {
  beforeEach(() => {
    handlers.signal.clear();
    handlers.ready.length = 0;
  });

  it('on every notice of the announce module', () => {
    for (const kind of ['announce.published', 'announce.reminder', 'announce.escalation', 'announce.approved']) {
      expect(concernsAnnouncements(notice(kind))).toBe(true);
    }
  });

  it('not on other modules’ notices or on what is not a notice', () => {
    expect(concernsAnnouncements(notice('chat.mention'))).toBe(false);
    expect(concernsAnnouncements(notice('doc.comment'))).toBe(false);
    expect(concernsAnnouncements({ kind: 'announcements-like' })).toBe(false);
    expect(concernsAnnouncements(null)).toBe(false);
    expect(concernsAnnouncements('announce.published')).toBe(false);
  });

  it('when such a notice arrives live, and after every reconnect, until unsubscribed', () => {
    const refresh = vi.fn();
    const off = onAnnouncementNotices(refresh);
    handlers.signal.get('notification')?.(notice('chat.direct'));
    expect(refresh).not.toHaveBeenCalled();
    handlers.signal.get('notification')?.(notice('announce.published'));
    expect(refresh).toHaveBeenCalledTimes(1);
    handlers.ready.forEach((ready) => ready());
    expect(refresh).toHaveBeenCalledTimes(2);
    off();
    expect(handlers.signal.has('notification')).toBe(false);
    expect(handlers.ready).toHaveLength(0);
  });
});
