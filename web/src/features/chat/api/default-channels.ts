import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type DefaultChannel = components['schemas']['DefaultChannel'];

const defaultChannelsQuery = queryOptions({
  queryKey: ['admin', 'default-channels'],
  queryFn: () => body(api.GET('/api/v1/admin/default-channels')),
});

export function useDefaultChannels() {
  return useQuery(defaultChannelsQuery);
}

export function useSetDefaultChannels() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channelIds: string[]) => body(api.PUT('/api/v1/admin/default-channels', { body: { channelIds } })),
    onSuccess: (channels) => queryClient.setQueryData(defaultChannelsQuery.queryKey, channels),
  });
}
