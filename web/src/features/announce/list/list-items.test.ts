import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { announceKeys, type ListPages, markOpened } from '../api/reading';
import type { AnnouncementSummary } from '../api/types';
import { isPinned, isUnread, listItems, rangeTimes } from './list-items';

const summary = (id: string, extra: Partial<AnnouncementSummary> = {}) =>
  ({
    id,
    title: id,
    importance: 'NORMAL',
    mustRead: false,
    needsConfirmation: false,
    updatedSinceOpened: false,
    state: 'PUBLISHED',
    read: { openedAt: undefined },
    ...extra,
  }) as AnnouncementSummary;

describe('the list', () => {
  it('shows each announcement once when a page boundary moved between fetches', () => {
    const pages = [{ items: [summary('a'), summary('b')] }, { items: [summary('b'), summary('c')] }];
    expect(listItems(pages).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(listItems(undefined)).toEqual([]);
  });

  it('calls unopened ones unread, and a receipt-less one (my own) read', () => {
    expect(isUnread(summary('a'))).toBe(true);
    expect(isUnread(summary('a', { read: { openedAt: '2026-12-07T08:00:00Z' } }))).toBe(false);
    expect(isUnread(summary('a', { read: undefined }))).toBe(false);
  });

  it('pins until the pin runs out', () => {
    const now = Date.parse('2026-12-07T08:00:00Z');
    expect(isPinned(summary('a', { pinnedUntil: '2026-12-08T00:00:00Z' }), now)).toBe(true);
    expect(isPinned(summary('a', { pinnedUntil: '2026-12-07T07:59:59Z' }), now)).toBe(false);
    expect(isPinned(summary('a'), now)).toBe(false);
  });

  it("asks the server for the days picked, both ends included, on the reader's calendar", () => {
    const { from, to } = rangeTimes({ from: '2026-12-01', to: '2026-12-03' });
    expect(Date.parse(from ?? '')).toBe(new Date(2026, 11, 1, 0).getTime());
    expect(Date.parse(to ?? '')).toBe(new Date(2026, 11, 4, 0).getTime());
    // with the reader's offset, as the API asks
    expect(from).toMatch(/^2026-12-01T00:00:00([+-]\d{2}:\d{2}|Z)$/);
    expect(rangeTimes(undefined)).toEqual({});
  });
});

describe('markOpened', () => {
  it('unbolds the opened row in every cached list without moving it', () => {
    const queryClient = new QueryClient();
    const inbox: ListPages = {
      pages: [
        { items: [summary('a'), summary('b')], next: 'x' },
        { items: [summary('c')], next: undefined },
      ],
      pageParams: [undefined, 'x'],
    };
    queryClient.setQueryData(announceKeys.list({ box: 'inbox' }), inbox);
    queryClient.setQueryData(announceKeys.list({ box: 'inbox', q: '假期' }), { pages: [{ items: [summary('b')] }] });
    markOpened(queryClient, 'b', '2026-12-07T08:00:00Z');
    const after = queryClient.getQueryData<ListPages>(announceKeys.list({ box: 'inbox' }));
    expect(after?.pages.flatMap((page) => page.items.map((item) => [item.id, item.read?.openedAt]))).toEqual([
      ['a', undefined],
      ['b', '2026-12-07T08:00:00Z'],
      ['c', undefined],
    ]);
    const searched = queryClient.getQueryData<ListPages>(announceKeys.list({ box: 'inbox', q: '假期' }));
    expect(searched?.pages[0].items[0].read?.openedAt).toBe('2026-12-07T08:00:00Z');
  });
});
