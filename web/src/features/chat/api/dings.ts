import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Ding = components['schemas']['Ding'];

/** The `chat.ding.acknowledged` signal: to the acknowledger's own sockets and to the DING's author. */
export interface DingAcknowledged {
  dingId: string;
  authorId: string;
  personId: string;
  acknowledgedAt: string;
}

export const waitingDingsKey = ['chat', 'dings'] as const;
export const dingKey = (id: string) => ['chat', 'ding', id] as const;

/** My DINGs not yet acknowledged, newest first. */
export const waitingDingsQuery = queryOptions({
  queryKey: waitingDingsKey,
  queryFn: () => body(api.GET('/api/v1/dings')),
});

/** One DING; its author sees who acknowledged it. */
export function useDing(id: string | undefined) {
  return useQuery({
    queryKey: dingKey(id ?? ''),
    queryFn: () => body(api.GET('/api/v1/dings/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}

/** A new DING for me, from its live signal: first in the list, once. */
export function storeWaitingDing(queryClient: QueryClient, ding: Ding) {
  queryClient.setQueryData<Ding[]>(waitingDingsKey, (dings) =>
    dings === undefined ? dings : [ding, ...dings.filter((waiting) => waiting.id !== ding.id)],
  );
}

/**
 * Applies an acknowledgement: mine takes the DING out of my waiting list (on every device); the
 * author's copy of the DING refetches, so who acknowledged shows live.
 */
export function applyAcknowledged(queryClient: QueryClient, myId: string, change: DingAcknowledged) {
  if (change.personId === myId) {
    queryClient.setQueryData<Ding[]>(waitingDingsKey, (dings) => dings?.filter((ding) => ding.id !== change.dingId));
  }
  if (change.authorId === myId) {
    void queryClient.invalidateQueries({ queryKey: dingKey(change.dingId) });
  }
}

/** The message's author DINGs members of its channel. */
export function useSendDing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, seq, people }: { channelId: string; seq: number; people: string[] }) =>
      body(
        api.POST('/api/v1/channels/{id}/messages/{seq}/ding', {
          params: { path: { id: channelId, seq } },
          body: { people },
        }),
      ),
    onSuccess: (ding) => queryClient.setQueryData(dingKey(ding.id), ding),
  });
}

/** Acknowledges a DING of mine; again changes nothing on the server. */
export function useAcknowledgeDing(myId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => body(api.POST('/api/v1/dings/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: (ding) =>
      applyAcknowledged(queryClient, myId, {
        dingId: ding.id,
        authorId: ding.author.id,
        personId: myId,
        acknowledgedAt: ding.acknowledgedAt ?? '',
      }),
  });
}
