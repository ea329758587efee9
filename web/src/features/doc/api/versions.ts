import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import type { PageVersion, PageVersionContent } from './types';

const versionsKey = (pageId: string) => ['doc', 'versions', pageId] as const;

/** A page's saved versions, newest first. */
export function useVersions(pageId: string, enabled: boolean) {
  return useQuery({ queryKey: versionsKey(pageId), queryFn: () => docCall<PageVersion[]>('GET', `/api/v1/pages/${pageId}/versions`), enabled });
}

/** One version's content; a version never changes, so it is fetched once. */
export function useVersion(pageId: string, number: number | undefined) {
  return useQuery({
    queryKey: [...versionsKey(pageId), number],
    queryFn: () => docCall<PageVersionContent>('GET', `/api/v1/pages/${pageId}/versions/${number}`),
    enabled: number !== undefined,
    staleTime: Infinity,
  });
}

export function useNameVersion(pageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, name }: { number: number; name: string }) =>
      docCall<PageVersion>('PUT', `/api/v1/pages/${pageId}/versions/${number}/name`, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionsKey(pageId) }),
  });
}
