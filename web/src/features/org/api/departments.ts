import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { departmentsQuery } from '../../../shared/api/org-queries';
import type { components } from '../../../shared/api/schema';

export type Department = components['schemas']['Department'];
export type CreateDepartmentRequest = components['schemas']['CreateDepartment'];
export type UpdateDepartmentRequest = components['schemas']['UpdateDepartment'];

export function useDepartments() {
  return useQuery(departmentsQuery);
}

function useInvalidateOrg() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: departmentsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
    ]);
}

export function useCreateDepartment() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (request: CreateDepartmentRequest) => body(api.POST('/api/v1/departments', { body: request })),
    onSuccess: invalidate,
  });
}

export function useUpdateDepartment() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateDepartmentRequest & { id: string }) =>
      body(api.PATCH('/api/v1/departments/{id}', { params: { path: { id } }, body: request })),
    onSuccess: invalidate,
  });
}

export function useDeleteDepartment() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/departments/{id}', { params: { path: { id } } }),
    onSuccess: invalidate,
  });
}
