import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyReadChange, type Notification, type NotificationList, storeNotification } from './notifications';

type Pages = InfiniteData<NotificationList, string | undefined>;

function notification(id: string, updatedAt: string, readAt?: string): Notification {
  return {
    id,
    module: 'doc',
    kind: 'doc.edit',
    actors: [],
    actorCount: 1,
    title: { key: 'docs.notices.edited', params: { title: id } },
    link: '/docs',
    createdAt: updatedAt,
    updatedAt,
    readAt,
  };
}

function client(all: Notification[]) {
  const queryClient = new QueryClient();
  const page = (items: Notification[]): Pages => ({ pages: [{ items }], pageParams: [undefined] });
  queryClient.setQueryData(['notify', 'list', { unreadOnly: false }], page(all));
  queryClient.setQueryData(['notify', 'list', { unreadOnly: true }], page(all.filter((n) => !n.readAt)));
  const ids = (unreadOnly: boolean) =>
    (queryClient.getQueryData<Pages>(['notify', 'list', { unreadOnly }])?.pages ?? []).flatMap((p) =>
      p.items.map((n) => `${n.id}${n.readAt ? '·read' : ''}`),
    );
  return { queryClient, ids };
}

describe('applying notification signals to the cached lists', () => {
  it('puts a new or coalesced notification on top, replacing its older copy', () => {
    const { queryClient, ids } = client([
      notification('b', '2026-11-25T10:00:00Z'),
      notification('a', '2026-11-25T09:00:00Z'),
    ]);
    storeNotification(queryClient, notification('c', '2026-11-25T11:00:00Z'));
    storeNotification(queryClient, notification('a', '2026-11-25T12:00:00Z'));
    expect(ids(false)).toEqual(['a', 'c', 'b']);
    expect(ids(true)).toEqual(['a', 'c', 'b']);
  });

  it('marks one read or unread, and drops it from the unread list when read', () => {
    const { queryClient, ids } = client([
      notification('b', '2026-11-25T10:00:00Z'),
      notification('a', '2026-11-25T09:00:00Z'),
    ]);
    applyReadChange(queryClient, { id: 'a', all: false, readAt: '2026-11-25T12:00:00Z' });
    expect(ids(false)).toEqual(['b', 'a·read']);
    expect(ids(true)).toEqual(['b']);
    applyReadChange(queryClient, { id: 'a', all: false });
    expect(ids(false)).toEqual(['b', 'a']);
  });

  it('marks read everything unread up to the moment of "all", not what came after', () => {
    const { queryClient, ids } = client([
      notification('c', '2026-11-25T12:00:01.5Z'),
      notification('b', '2026-11-25T11:59:59.25Z'),
      notification('a', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
    ]);
    applyReadChange(queryClient, { all: true, readAt: '2026-11-25T12:00:00.000001Z' });
    expect(ids(false)).toEqual(['c', 'b·read', 'a·read']);
    expect(ids(true)).toEqual(['c']);
    expect(queryClient.getQueryData<Pages>(['notify', 'list', { unreadOnly: false }])?.pages[0].items[2].readAt).toBe(
      '2026-11-25T09:30:00Z',
    );
  });
});
