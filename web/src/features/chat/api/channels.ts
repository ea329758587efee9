import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Channel = components['schemas']['Channel'];
export type CreateChannel = components['schemas']['CreateChannel'];

export const channelsQuery = queryOptions({
  queryKey: ['chat', 'channels'],
  queryFn: () => body(api.GET('/api/v1/channels')),
});

export function useChannels() {
  return useQuery(channelsQuery);
}

/** Replaces one channel in the cached list (or adds it), as the server just returned it. */
export function storeChannel(channels: Channel[] | undefined, channel: Channel): Channel[] | undefined {
  if (!channels) return channels;
  return channels.some((candidate) => candidate.id === channel.id)
    ? channels.map((candidate) => (candidate.id === channel.id ? channel : candidate))
    : [...channels, channel];
}

export function useCreateChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateChannel) => body(api.POST('/api/v1/channels', { body: request })),
    onSuccess: (channel) => queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

export function useOpenDirect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => body(api.POST('/api/v1/channels/direct', { body: { personId } })),
    onSuccess: (channel) => queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

/** Moves my read cursor; the answer carries the new `readSeq` and `unread`. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, seq }: { channelId: string; seq: number }) =>
      body(api.POST('/api/v1/channels/{id}/read', { params: { path: { id: channelId } }, body: { seq } })),
    onSuccess: (channel) => {
      const cached = queryClient.getQueryData<Channel[]>(channelsQuery.queryKey)?.find((candidate) => candidate.id === channel.id);
      if (cached && cached.lastSeq > channel.lastSeq) {
        // An event overtook this answer; its unread count is already stale, so ask again.
        void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
      } else {
        queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel));
      }
    },
  });
}

/** Moves my read cursor back to just before a message: it and what follows count as unread. */
export function useMarkUnread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, seq }: { channelId: string; seq: number }) =>
      body(api.POST('/api/v1/channels/{id}/unread', { params: { path: { id: channelId } }, body: { seq } })),
    onSuccess: (channel) => queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

/** Stars or unstars a conversation for me (my sidebar's Starred section); my other tabs follow. */
export function useStar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, starred }: { channelId: string; starred: boolean }) =>
      starred
        ? body(api.PUT('/api/v1/channels/{id}/star', { params: { path: { id: channelId } } }))
        : body(api.DELETE('/api/v1/channels/{id}/star', { params: { path: { id: channelId } } })),
    onSuccess: (channel) => queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

/** Unread messages over all my conversations, for the Messages entry of the rail and tabs. */
export function useUnreadTotal(): number {
  const channels = useQuery(channelsQuery);
  return (channels.data ?? []).reduce((total, channel) => total + channel.unread, 0);
}
