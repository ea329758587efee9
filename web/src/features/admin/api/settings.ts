import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type SecuritySettings = components['schemas']['Settings'];

const settingsQuery = queryOptions({
  queryKey: ['admin', 'settings'],
  queryFn: () => body(api.GET('/api/v1/admin/settings')),
});

export function useSecuritySettings() {
  return useQuery(settingsQuery);
}

export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: SecuritySettings) => body(api.PUT('/api/v1/admin/settings', { body: settings })),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsQuery.queryKey, settings);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
