import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { problemFromResponse } from '../../../shared/api/problem';

// Written from the search contract until the server's schema has it.
export interface IndexStatus {
  state: 'READY' | 'REBUILDING';
  backend: string;
  documents: number;
  byKind: Record<string, number>;
  sizeBytes: number;
  pendingEvents: number;
  rebuild?: { startedAt: string; finishedAt?: string; done: number; total: number; removed: number; failure?: string };
}

async function call(method: 'GET' | 'POST', path: string): Promise<IndexStatus> {
  const headers = new Headers();
  const token = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  if (method === 'POST' && token) headers.set('X-XSRF-TOKEN', decodeURIComponent(token.slice('XSRF-TOKEN='.length)));
  const response = await fetch(path, { method, headers, credentials: 'same-origin' });
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as IndexStatus;
}

const statusQuery = queryOptions({
  queryKey: ['admin', 'search-index'],
  queryFn: () => call('GET', '/api/v1/admin/search/index'),
});

/** The index's health; polled while a rebuild runs so its progress moves. */
export function useIndexStatus() {
  return useQuery({ ...statusQuery, refetchInterval: (query) => (query.state.data?.state === 'REBUILDING' ? 1_000 : false) });
}

export function useRebuildIndex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('POST', '/api/v1/admin/search/index/rebuild'),
    onSuccess: (status) => queryClient.setQueryData(statusQuery.queryKey, status),
  });
}
