import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import type { Template } from './types';

const templatesKey = (spaceId: string) => ['doc', 'templates', spaceId] as const;

/** The templates offered when creating a page in a space: built-in, company-wide and the space's own. */
export function useTemplates(spaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: templatesKey(spaceId),
    queryFn: () => docCall<Template[]>('GET', `/api/v1/templates?spaceId=${spaceId}`),
    enabled,
  });
}

export function useSaveAsTemplate(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pageId, name, description }: { pageId: string; name: string; description?: string }) =>
      docCall<Template>('POST', '/api/v1/templates', { pageId, name, description, spaceId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey(spaceId) }),
  });
}
