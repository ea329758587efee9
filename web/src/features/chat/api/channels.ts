import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
    onSuccess: (channel) =>
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

export function useOpenDirect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => body(api.POST('/api/v1/channels/direct', { body: { personId } })),
    onSuccess: (channel) =>
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

/** Moves my read cursor; the answer carries the new `readSeq` and `unread`. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, seq }: { channelId: string; seq: number }) =>
      body(api.POST('/api/v1/channels/{id}/read', { params: { path: { id: channelId } }, body: { seq } })),
    onSuccess: (channel) => {
      const cached = queryClient
        .getQueryData<Channel[]>(channelsQuery.queryKey)
        ?.find((candidate) => candidate.id === channel.id);
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
    onSuccess: (channel) =>
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
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
    onSuccess: (channel) =>
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

/** Unread messages over all my conversations, for the Messages entry of the rail and tabs. */
export function useUnreadTotal(): number {
  const channels = useQuery(channelsQuery);
  return (channels.data ?? []).reduce((total, channel) => total + channel.unread, 0);
}

export type ChannelMember = components['schemas']['ChannelMember'];
export type ChannelListing = components['schemas']['ChannelListing'];
export type UpdateChannel = components['schemas']['UpdateChannel'];
export type ChannelRole = components['schemas']['ChangeRole']['role'];

const MEMBERS_PAGE = 50;

/** Waits for a call that answers no body (204). */
async function done(call: Promise<unknown>): Promise<void> {
  await call;
}

export const membersKey = (channelId: string) => ['chat', 'members', channelId] as const;

/** A channel's members, owners first, page by page. */
export function useChannelMembers(channelId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: membersKey(channelId),
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/channels/{id}/members', {
          params: { path: { id: channelId }, query: { page: pageParam, size: MEMBERS_PAGE } },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (pages.length * MEMBERS_PAGE < (last.total ?? 0) ? pages.length : undefined),
    enabled,
  });
}

/** Public channels whose name contains `q`. */
export function useBrowseChannels(q: string) {
  return useInfiniteQuery({
    queryKey: ['chat', 'browse', q],
    queryFn: ({ pageParam }) =>
      body(api.GET('/api/v1/channels/browse', { params: { query: { q, page: pageParam, size: MEMBERS_PAGE } } })),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (pages.length * MEMBERS_PAGE < (last.total ?? 0) ? pages.length : undefined),
  });
}

/** A mutation whose answer is the channel as it now is: it replaces the cached copy. */
function useChannelMutation<T>(call: (variables: T) => Promise<Channel>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (channel) =>
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel)),
  });
}

export function useUpdateChannel(channelId: string) {
  return useChannelMutation((request: UpdateChannel) =>
    body(api.PATCH('/api/v1/channels/{id}', { params: { path: { id: channelId } }, body: request })),
  );
}

export function useArchiveChannel(channelId: string) {
  return useChannelMutation((archived: boolean) =>
    body(
      api.POST(archived ? '/api/v1/channels/{id}/archive' : '/api/v1/channels/{id}/unarchive', {
        params: { path: { id: channelId } },
      }),
    ),
  );
}

export function useJoinChannel() {
  return useChannelMutation((channelId: string) =>
    body(api.POST('/api/v1/channels/{id}/join', { params: { path: { id: channelId } } })),
  );
}

export function useInvite(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      body(api.POST('/api/v1/channels/{id}/members', { params: { path: { id: channelId } }, body: { personId } })),
    onSuccess: (channel) => {
      queryClient.setQueryData(channelsQuery.queryKey, (channels) => storeChannel(channels, channel));
      void queryClient.invalidateQueries({ queryKey: membersKey(channelId) });
    },
  });
}

export function useCreateGroup() {
  return useChannelMutation((personIds: string[]) => body(api.POST('/api/v1/channels/group', { body: { personIds } })));
}

export function useCreateDepartmentChannel() {
  return useChannelMutation((departmentId: string) =>
    body(api.POST('/api/v1/channels/department', { body: { departmentId } })),
  );
}

export function useChangeRole(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: ChannelRole }) =>
      body(
        api.PUT('/api/v1/channels/{id}/members/{personId}/role', {
          params: { path: { id: channelId, personId } },
          body: { role },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: membersKey(channelId) });
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    },
  });
}

export function useRemoveMember(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      done(api.DELETE('/api/v1/channels/{id}/members/{personId}', { params: { path: { id: channelId, personId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: membersKey(channelId) }),
  });
}

export function useLeaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channelId: string) =>
      done(api.POST('/api/v1/channels/{id}/leave', { params: { path: { id: channelId } } })),
    onSuccess: (_, channelId) =>
      queryClient.setQueryData<Channel[]>(channelsQuery.queryKey, (channels) =>
        channels?.filter((channel) => channel.id !== channelId),
      ),
  });
}
