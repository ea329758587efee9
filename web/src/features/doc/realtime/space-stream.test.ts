import { describe, expect, it } from 'vitest';
import { allOf, type DocStreamEvent, staleKeys } from './space-stream';

describe('a space stream event', () => {
  it('makes stale the tree and the page it names', () => {
    expect(staleKeys('s', { kind: 'page.updated', pageId: 'p' })).toEqual([
      ['doc', 'tree', 's'],
      ['doc', 'page', 'p'],
      ['doc', 'me'],
    ]);
  });

  it('makes every page stale when access changed space-wide', () => {
    expect(staleKeys('s', { kind: 'page.access-updated' })).toContainEqual(['doc', 'page']);
    expect(staleKeys('s', { kind: 'page.access-updated', pageId: 'p' })).toContainEqual(['doc', 'page', 'p']);
  });

  it('refetches the spaces list when a space changed', () => {
    expect(staleKeys('s', { kind: 'space.updated', spaceId: 's' })).toContainEqual(['doc', 'spaces']);
  });

  it('never makes stale more than everything of the space', () => {
    const all = allOf('s').map((key) => JSON.stringify(key));
    const events: DocStreamEvent[] = [
      { kind: 'page.updated', pageId: 'p' },
      { kind: 'page.access-updated' },
      { kind: 'space.updated', spaceId: 's' },
      { kind: 'pages.deleted', pageIds: ['p'] },
    ];
    events.forEach((event) =>
      staleKeys('s', event).forEach((key) =>
        expect(all.some((prefix) => JSON.stringify(key).startsWith(prefix.slice(0, -1)))).toBe(true),
      ),
    );
  });
});
