import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { components } from '../../../shared/api/schema';
import { type EventFrame, registerStreamHandler } from '../../../shared/realtime/socket';
import { pageKey } from '../api/pages';
import { trashKey, treeKey } from '../api/spaces';

/** What a space's stream carries, generated from the server's event records (`doc.DocStreamEvent`). */
export type DocStreamEvent = components['schemas']['DocStreamEvent'];

/** The stream kind doc declares on the server (`doc.internal.SpaceStreams`). */
const STREAM = 'doc.space';

/**
 * The cached answers an event of a space makes stale. The events carry ids, never titles (a page may
 * be restricted to fewer people than its space), so the client refetches what they name and the
 * refetch is access-checked: applying them always ends equal to a fresh fetch.
 */
export function staleKeys(spaceId: string, event: DocStreamEvent): QueryKey[] {
  switch (event.kind) {
    case 'page.updated':
      // favourites and recent pages show titles too
      return [treeKey(spaceId), pageKey(event.pageId), ['doc', 'me']];
    case 'page.access-updated':
      return [
        treeKey(spaceId),
        trashKey(spaceId),
        event.pageId ? pageKey(event.pageId) : ['doc', 'page'],
        ['doc', 'me'],
      ];
    case 'space.updated':
      return [
        ['doc', 'spaces'],
        ['doc', 'space', spaceId],
      ];
    case 'pages.deleted':
      return [trashKey(spaceId), ['doc', 'me']];
  }
}

/** Everything cached of a space: after a reset or a gap, when what was missed is not known. */
export function allOf(spaceId: string): QueryKey[] {
  return [
    ['doc', 'spaces'],
    ['doc', 'space', spaceId],
    treeKey(spaceId),
    trashKey(spaceId),
    ['doc', 'page'],
    ['doc', 'me'],
  ];
}

/** Keeps doc's caches current from the spaces' streams: each event refetches what it made stale. */
export function registerDocStream(queryClient: QueryClient): () => void {
  /** The last seq seen per space: what `resume` asks the server to continue from. */
  const seen = new Map<string, number>();
  const invalidate = (keys: QueryKey[]) => keys.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));

  return registerStreamHandler<DocStreamEvent>({
    stream: STREAM,
    cursors: async () => Object.fromEntries(seen),
    onEvent: (frame: EventFrame<DocStreamEvent>) => {
      const last = seen.get(frame.resourceId);
      if (last !== undefined && frame.seq <= last) return;
      seen.set(frame.resourceId, frame.seq);
      // a gap, or a space this tab has not heard of (it was just granted to me): refetch all of it
      invalidate(
        last === undefined || frame.seq > last + 1 ? allOf(frame.resourceId) : staleKeys(frame.resourceId, frame.event),
      );
    },
    onReset: (spaceId, lastSeq) => {
      seen.set(spaceId, lastSeq);
      invalidate(allOf(spaceId));
    },
  });
}
