import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type IndexStatus = components['schemas']['IndexStatus'];

const statusQuery = queryOptions({
  queryKey: ['admin', 'search-index'],
  queryFn: () => body(api.GET('/api/v1/admin/search/index')),
});

/** The index's health; polled while a rebuild runs so its progress moves. */
export function useIndexStatus() {
  return useQuery({
    ...statusQuery,
    refetchInterval: (query) => (query.state.data?.state === 'REBUILDING' ? 1_000 : false),
  });
}

export function useRebuildIndex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/admin/search/index/rebuild')),
    onSuccess: (status) => queryClient.setQueryData(statusQuery.queryKey, status),
  });
}
