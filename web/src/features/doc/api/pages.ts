import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { docCall } from './http';
import { trashKey, treeKey } from './spaces';
import type { CreatePage, Page, PageLink, PageNode } from './types';

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

/** Archive, unarchive, trash (with its subtree) and restore: each changes the tree. */
export function usePageAction(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'archive' | 'unarchive' | 'trash' | 'restore' }) =>
      action === 'trash' ? docCall<undefined>('DELETE', `/api/v1/pages/${id}`) : docCall<Page>('POST', `/api/v1/pages/${id}/${action}`),
    onSuccess: (_page, { id }) => {
      refreshSpace(queryClient, spaceId);
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
    },
  });
}

/** Copies a page's title, tags and content (not its children) right after it. */
export function useCopyPage(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title }: { id: string; title: string }) => docCall<Page>('POST', `/api/v1/pages/${id}/copy`, { title }),
    onSuccess: () => refreshSpace(queryClient, spaceId),
  });
}

export function useFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, favourite }: { id: string; favourite: boolean }) =>
      docCall<undefined>(favourite ? 'PUT' : 'DELETE', `/api/v1/me/favourite-pages/${id}`),
    onSuccess: (_none, { id }) => {
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
    },
  });
}

export function useFavourites() {
  return useQuery({ queryKey: ['doc', 'me', 'favourites'], queryFn: () => docCall<PageLink[]>('GET', '/api/v1/me/favourite-pages') });
}

export function useRecent() {
  return useQuery({ queryKey: ['doc', 'me', 'recent'], queryFn: () => docCall<PageLink[]>('GET', '/api/v1/me/recent-pages') });
}

/** Pages of a space carrying a tag. */
export function useTagged(spaceId: string, tag: string | undefined) {
  return useQuery({
    queryKey: ['doc', 'tree', spaceId, 'tag', tag],
    queryFn: () => docCall<PageNode[]>('GET', `/api/v1/spaces/${spaceId}/pages?tag=${encodeURIComponent(tag ?? '')}`),
    enabled: tag !== undefined,
  });
}
