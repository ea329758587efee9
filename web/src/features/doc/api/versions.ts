import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';

const versionsKey = (pageId: string) => ['doc', 'versions', pageId] as const;

/** A page's kept versions, newest first. */
export function useVersions(pageId: string, enabled: boolean) {
  return useQuery({
    queryKey: versionsKey(pageId),
    queryFn: () => body(api.GET('/api/v1/pages/{id}/versions', { params: { path: { id: pageId } } })),
    enabled,
  });
}

/** One version's content: its Yjs state (base64) and Markdown. */
export const fetchVersion = (pageId: string, number: number) =>
  body(api.GET('/api/v1/pages/{id}/versions/{number}', { params: { path: { id: pageId, number } } }));

/** One version's content; a version never changes, so it is fetched once. */
export function useVersion(pageId: string, number: number | undefined) {
  return useQuery({
    queryKey: [...versionsKey(pageId), number],
    queryFn: () => fetchVersion(pageId, number ?? 0),
    enabled: number !== undefined,
    staleTime: Infinity,
  });
}

export function useNameVersion(pageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, name }: { number: number; name: string }) =>
      body(
        api.PUT('/api/v1/pages/{id}/versions/{number}/name', {
          params: { path: { id: pageId, number } },
          body: { name },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionsKey(pageId) }),
  });
}
