import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

const templatesKey = (spaceId: string) => ['doc', 'templates', spaceId] as const;

/** The templates offered when creating a page in a space: built-in, company-wide and the space's own. */
export function useTemplates(spaceId: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: [...templatesKey(spaceId), language],
    queryFn: () => body(api.GET('/api/v1/templates', { params: { query: { spaceId, language } } })),
    enabled,
  });
}

export function useSaveAsTemplate(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: components['schemas']['SaveTemplate']) =>
      body(api.POST('/api/v1/templates', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey(spaceId) }),
  });
}
