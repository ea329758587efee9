import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type AttachmentLimits = components['schemas']['AttachmentLimits'];

const limitsQuery = queryOptions({
  queryKey: ['admin', 'attachment-limits'],
  queryFn: () => body(api.GET('/api/v1/admin/attachment-limits')),
});

export function useAttachmentLimits() {
  return useQuery(limitsQuery);
}

export function useUpdateAttachmentLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (limits: AttachmentLimits) => body(api.PUT('/api/v1/admin/attachment-limits', { body: limits })),
    onSuccess: (limits) => {
      queryClient.setQueryData(limitsQuery.queryKey, limits);
      void queryClient.invalidateQueries({ queryKey: ['files', 'limits'] });
    },
  });
}
