import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import { trashKey, treeKey } from './spaces';
import type { CreatePage, Page, PageRef } from './types';

export const pageKey = (id: string) => ['doc', 'page', id] as const;

export function usePage(id: string) {
  return useQuery({ queryKey: pageKey(id), queryFn: () => docCall<Page>('GET', `/api/v1/pages/${id}`) });
}

function refreshSpace(queryClient: QueryClient, spaceId: string) {
  void queryClient.invalidateQueries({ queryKey: treeKey(spaceId) });
  void queryClient.invalidateQueries({ queryKey: trashKey(spaceId) });
  void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
}

export function useCreatePage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePage) => docCall<Page>('POST', '/api/v1/pages', request),
    onSuccess: (page) => refreshSpace(queryClient, page.spaceId),
  });
}

export function useUpdatePage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; title?: string; tags?: string[] }) => docCall<Page>('PATCH', `/api/v1/pages/${id}`, patch),
    onSuccess: (page) => {
      queryClient.setQueryData(pageKey(page.id), page);
      refreshSpace(queryClient, page.spaceId);
    },
  });
}

/** Drag and drop: `position` is the page's index among its new siblings. */
export function useMovePage(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, parentId, position }: { id: string; parentId: string | null; position: number }) =>
      docCall<Page>('POST', `/api/v1/pages/${id}/move`, { parentId, position }),
    onSettled: () => refreshSpace(queryClient, spaceId),
  });
}

/** Copy, archive, unarchive, trash and restore: each answers the page and changes the tree. */
export function usePageAction(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'copy' | 'archive' | 'unarchive' | 'trash' | 'restore' }) =>
      action === 'trash' ? docCall<Page | undefined>('DELETE', `/api/v1/pages/${id}`) : docCall<Page>('POST', `/api/v1/pages/${id}/${action}`),
    onSuccess: (_page, { id }) => {
      refreshSpace(queryClient, spaceId);
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
    },
  });
}

export function useFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, favourite }: { id: string; favourite: boolean }) =>
      docCall<undefined>(favourite ? 'PUT' : 'DELETE', `/api/v1/me/favourites/${id}`),
    onSuccess: (_none, { id }) => {
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
    },
  });
}

export function useFavourites() {
  return useQuery({ queryKey: ['doc', 'me', 'favourites'], queryFn: () => docCall<PageRef[]>('GET', '/api/v1/me/favourites') });
}

export function useRecent() {
  return useQuery({ queryKey: ['doc', 'me', 'recent'], queryFn: () => docCall<PageRef[]>('GET', '/api/v1/me/recent') });
}

/** Pages of a space carrying a tag. */
export function useTagged(spaceId: string, tag: string | undefined) {
  return useQuery({
    queryKey: ['doc', 'tagged', spaceId, tag],
    queryFn: () => docCall<PageRef[]>('GET', `/api/v1/spaces/${spaceId}/pages?tag=${encodeURIComponent(tag ?? '')}`),
    enabled: tag !== undefined,
  });
}
