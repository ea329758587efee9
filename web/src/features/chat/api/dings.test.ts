import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Ding } from './dings';

vi.mock('../../../shared/api/client', () => ({ api: {}, body: vi.fn() }));

const { applyAcknowledged, dingKey, storeWaitingDing, waitingDingsKey } = await import('./dings');

function ding(id: string, authorId = 'alice'): Ding {
  return {
    id,
    author: { id: authorId, name: 'Alice', avatarColor: '#f00' },
    title: '服务器宕机',
    link: '/messages/c1/7',
    createdAt: '2026-12-07T08:00:00Z',
  } as Ding;
}

describe('waiting DINGs in the cache', () => {
  it('puts a new one first, once, and takes mine out when I acknowledge it anywhere', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(waitingDingsKey, [ding('d1')]);
    storeWaitingDing(queryClient, ding('d2'));
    storeWaitingDing(queryClient, ding('d2'));
    expect(queryClient.getQueryData<Ding[]>(waitingDingsKey)?.map((d) => d.id)).toEqual(['d2', 'd1']);

    applyAcknowledged(queryClient, 'bob', {
      dingId: 'd2',
      authorId: 'alice',
      personId: 'carol',
      acknowledgedAt: '2026-12-07T08:01:00Z',
    });
    expect(queryClient.getQueryData<Ding[]>(waitingDingsKey)).toHaveLength(2);
    applyAcknowledged(queryClient, 'bob', {
      dingId: 'd2',
      authorId: 'alice',
      personId: 'bob',
      acknowledgedAt: '2026-12-07T08:01:00Z',
    });
    expect(queryClient.getQueryData<Ding[]>(waitingDingsKey)?.map((d) => d.id)).toEqual(['d1']);
  });

  it("makes the author's copy of the DING stale when a recipient acknowledges", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(dingKey('d1'), ding('d1'));
    applyAcknowledged(queryClient, 'alice', {
      dingId: 'd1',
      authorId: 'alice',
      personId: 'bob',
      acknowledgedAt: '2026-12-07T08:01:00Z',
    });
    expect(queryClient.getQueryState(dingKey('d1'))?.isInvalidated).toBe(true);
  });

  it('leaves the list unloaded when a signal comes before the first fetch', () => {
    const queryClient = new QueryClient();
    storeWaitingDing(queryClient, ding('d1'));
    expect(queryClient.getQueryData(waitingDingsKey)).toBeUndefined();
  });
});
