import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { spaceQuery, spacesQuery, trashKey, treeKey } from './spaces';
import type { SpaceGrant, UpdateSpace } from './types';

const grantsKey = (spaceId: string) => ['doc', 'space', spaceId, 'grants'] as const;

/** Who may read, edit or administer a space; only its administrators may ask. */
export function useGrants(spaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: grantsKey(spaceId),
    queryFn: () => body(api.GET('/api/v1/spaces/{id}/grants', { params: { path: { id: spaceId } } })),
    enabled,
  });
}

/** Replaces the space's grants as a whole (the server keeps each one's strongest role). */
export function useReplaceGrants(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grants: SpaceGrant[]) =>
      body(
        api.PUT('/api/v1/spaces/{id}/grants', {
          params: { path: { id: spaceId } },
          body: { grants: grants.map(({ kind, id, role }) => ({ kind, id, role })) },
        }),
      ),
    onSuccess: (grants) => {
      queryClient.setQueryData(grantsKey(spaceId), grants);
      // my own role may have changed with them
      void queryClient.invalidateQueries({ queryKey: spaceQuery(spaceId).queryKey });
      void queryClient.invalidateQueries({ queryKey: spacesQuery.queryKey });
      void queryClient.invalidateQueries({ queryKey: treeKey(spaceId) });
    },
  });
}

export function useUpdateSpace(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateSpace) =>
      body(api.PATCH('/api/v1/spaces/{id}', { params: { path: { id: spaceId } }, body: patch })),
    onSuccess: (space) => {
      queryClient.setQueryData(spaceQuery(spaceId).queryKey, space);
      void queryClient.invalidateQueries({ queryKey: ['doc', 'spaces'] });
    },
  });
}

export function useArchiveSpace(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) =>
      body(
        archived
          ? api.POST('/api/v1/spaces/{id}/archive', { params: { path: { id: spaceId } } })
          : api.POST('/api/v1/spaces/{id}/unarchive', { params: { path: { id: spaceId } } }),
      ),
    onSuccess: (space) => {
      queryClient.setQueryData(spaceQuery(spaceId).queryKey, space);
      void queryClient.invalidateQueries({ queryKey: ['doc', 'spaces'] });
      void queryClient.invalidateQueries({ queryKey: ['doc', 'page'] });
    },
  });
}

/** Deletes one trashed page (with what went with it) for good, or the whole trash without an id. */
export function usePurge(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pageId?: string) => {
      if (pageId) await api.DELETE('/api/v1/spaces/{id}/trash/{pageId}', { params: { path: { id: spaceId, pageId } } });
      else await api.DELETE('/api/v1/spaces/{id}/trash', { params: { path: { id: spaceId } } });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: trashKey(spaceId) });
      void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
    },
  });
}
