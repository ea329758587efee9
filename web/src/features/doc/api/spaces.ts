import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import type { CreateSpace, PageNode, Space, TrashedPage } from './types';

export const spacesQuery = queryOptions({
  queryKey: ['doc', 'spaces'],
  queryFn: () => docCall<Space[]>('GET', '/api/v1/spaces'),
});

export function useSpaces() {
  return useQuery(spacesQuery);
}

export const spaceQuery = (id: string) =>
  queryOptions({ queryKey: ['doc', 'space', id], queryFn: () => docCall<Space>('GET', `/api/v1/spaces/${id}`) });

export function useSpace(id: string | undefined) {
  return useQuery({ ...spaceQuery(id ?? ''), enabled: id !== undefined });
}

export const treeKey = (spaceId: string) => ['doc', 'tree', spaceId] as const;

/** A space's pages (not trashed), flat, each with its parent and position among its siblings. */
export function useTree(spaceId: string) {
  return useQuery({ queryKey: treeKey(spaceId), queryFn: () => docCall<PageNode[]>('GET', `/api/v1/spaces/${spaceId}/pages`) });
}

export const trashKey = (spaceId: string) => ['doc', 'trash', spaceId] as const;

export function useTrash(spaceId: string, enabled: boolean) {
  return useQuery({ queryKey: trashKey(spaceId), queryFn: () => docCall<TrashedPage[]>('GET', `/api/v1/spaces/${spaceId}/trash`), enabled });
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSpace) => docCall<Space>('POST', '/api/v1/spaces', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesQuery.queryKey }),
  });
}
