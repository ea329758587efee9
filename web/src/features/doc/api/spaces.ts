import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { CreateSpace } from './types';

export const spacesQuery = queryOptions({
  queryKey: ['doc', 'spaces'],
  queryFn: () => body(api.GET('/api/v1/spaces')),
});

export function useSpaces() {
  return useQuery(spacesQuery);
}

/** Archived spaces I hold a grant in, asked for only when shown. */
export function useArchivedSpaces(enabled: boolean) {
  return useQuery({
    queryKey: ['doc', 'spaces', 'archived'],
    queryFn: () => body(api.GET('/api/v1/spaces', { params: { query: { archived: true } } })),
    enabled,
  });
}

export const spaceQuery = (id: string) =>
  queryOptions({
    queryKey: ['doc', 'space', id],
    queryFn: () => body(api.GET('/api/v1/spaces/{id}', { params: { path: { id } } })),
  });

export function useSpace(id: string | undefined) {
  return useQuery({ ...spaceQuery(id ?? ''), enabled: id !== undefined });
}

export const treeKey = (spaceId: string) => ['doc', 'tree', spaceId] as const;

/** A space's pages (not trashed), flat, each with its parent and position among its siblings. */
export function useTree(spaceId: string) {
  return useQuery({
    queryKey: treeKey(spaceId),
    queryFn: () => body(api.GET('/api/v1/spaces/{id}/pages', { params: { path: { id: spaceId } } })),
  });
}

export const trashKey = (spaceId: string) => ['doc', 'trash', spaceId] as const;

export function useTrash(spaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: trashKey(spaceId),
    queryFn: () => body(api.GET('/api/v1/spaces/{id}/trash', { params: { path: { id: spaceId } } })),
    enabled,
  });
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSpace) => body(api.POST('/api/v1/spaces', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesQuery.queryKey }),
  });
}
