import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Group = components['schemas']['Group'];
export type GroupDetail = components['schemas']['GroupWithMembers'];
export type GroupRequest = components['schemas']['CreateGroup'];

const groupsQuery = queryOptions({
  queryKey: ['groups'],
  queryFn: () => body(api.GET('/api/v1/groups')),
});

const groupQuery = (id: string) =>
  queryOptions({
    queryKey: ['groups', id],
    queryFn: () => body(api.GET('/api/v1/groups/{id}', { params: { path: { id } } })),
  });

export function useGroups() {
  return useQuery(groupsQuery);
}

export function useGroup(id: string | undefined) {
  return useQuery({ ...groupQuery(id ?? ''), enabled: id !== undefined });
}

/** Group changes also show on people's profiles. */
function useInvalidateGroups() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: groupsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: ['people', 'profile'] }),
    ]);
}

export function useSaveGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: ({ id, ...request }: GroupRequest & { id?: string }) =>
      id
        ? body(api.PATCH('/api/v1/groups/{id}', { params: { path: { id } }, body: request }))
        : body(api.POST('/api/v1/groups', { body: request })),
    onSuccess: invalidate,
  });
}

export function useDeleteGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/groups/{id}', { params: { path: { id } } }),
    onSuccess: invalidate,
  });
}

export function useSetGroupMembers(id: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (personIds: string[]) =>
      body(api.PUT('/api/v1/groups/{id}/members', { params: { path: { id } }, body: { personIds } })),
    onSuccess: invalidate,
  });
}
