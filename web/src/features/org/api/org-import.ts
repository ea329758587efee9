import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type ImportResult = components['schemas']['ImportReport'];

export function useOrgImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      body(
        api.POST('/api/v1/admin/org-import', {
          params: { query: { dryRun } },
          body: { file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: (result) => {
      if (result.applied) {
        void queryClient.invalidateQueries({ queryKey: ['departments'] });
        void queryClient.invalidateQueries({ queryKey: ['people'] });
      }
    },
  });
}
