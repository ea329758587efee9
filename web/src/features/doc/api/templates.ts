import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import type { Template } from './types';

const templatesKey = (spaceId: string) => ['doc', 'templates', spaceId] as const;

/** The templates offered when creating a page in a space: built-in, company-wide and the space's own. */
export function useTemplates(spaceId: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: [...templatesKey(spaceId), language],
    queryFn: () => docCall<Template[]>('GET', `/api/v1/templates?spaceId=${spaceId}&language=${encodeURIComponent(language)}`),
    enabled,
  });
}

export function useSaveAsTemplate(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { pageId: string; name: string; description?: string; companyWide: boolean }) =>
      docCall<Template>('POST', '/api/v1/templates', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey(spaceId) }),
  });
}
