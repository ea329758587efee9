import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type RoleGrant = components['schemas']['GrantView'];
export type GrantRoleRequest = components['schemas']['NewGrant'];
export type Role = GrantRoleRequest['role'];

export const ROLES: Role[] = ['SYSTEM_ADMIN', 'DEPARTMENT_ADMIN'];

const grantsQuery = queryOptions({
  queryKey: ['role-grants'],
  queryFn: () => body(api.GET('/api/v1/admin/role-grants')),
});

export function useRoleGrants() {
  return useQuery(grantsQuery);
}

/** Grants change what people may do, so the signed-in user's capabilities are refreshed too. */
function useInvalidateGrants() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: grantsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
    ]);
}

export function useGrantRole() {
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: (request: GrantRoleRequest) => body(api.POST('/api/v1/admin/role-grants', { body: request })),
    onSuccess: invalidate,
  });
}

export function useRevokeGrant() {
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/admin/role-grants/{id}', { params: { path: { id } } }),
    onSuccess: invalidate,
  });
}
