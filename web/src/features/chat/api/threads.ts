import { queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type ThreadView = components['schemas']['ThreadView'];

/** Every open thread's query: a live entry may touch any of them. */
export const threadsKey = ['chat', 'thread'] as const;
export const threadKey = (rootId: string) => [...threadsKey, rootId] as const;

/** An open thread; kept current by the socket like the conversation it belongs to. */
export const threadQuery = (rootId: string) =>
  queryOptions({
    queryKey: threadKey(rootId),
    queryFn: () => body(api.GET('/api/v1/messages/{id}/thread', { params: { path: { id: rootId } } })),
    staleTime: Infinity,
  });
