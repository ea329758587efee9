import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { trashKey, treeKey } from './spaces';
import type { CreatePage, PageRestriction } from './types';

export const pageKey = (id: string) => ['doc', 'page', id] as const;

/** Hangs the caller's fresh uploads on a page, so that its readers may read them. */
export function attachToPage(id: string, fileId: string) {
  return body(api.POST('/api/v1/pages/{id}/attachments', { params: { path: { id } }, body: { fileIds: [fileId] } }));
}

export function usePage(id: string) {
  return useQuery({
    queryKey: pageKey(id),
    queryFn: () => body(api.GET('/api/v1/pages/{id}', { params: { path: { id } } })),
  });
}

function refreshSpace(queryClient: QueryClient, spaceId: string) {
  void queryClient.invalidateQueries({ queryKey: treeKey(spaceId) });
  void queryClient.invalidateQueries({ queryKey: trashKey(spaceId) });
  void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
}

export function useCreatePage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePage) => body(api.POST('/api/v1/pages', { body: request })),
    onSuccess: (page) => refreshSpace(queryClient, page.spaceId),
  });
}

export function useUpdatePage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; title?: string; tags?: string[] }) =>
      body(api.PATCH('/api/v1/pages/{id}', { params: { path: { id } }, body: patch })),
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
      body(
        api.POST('/api/v1/pages/{id}/move', {
          params: { path: { id } },
          body: { parentId: parentId ?? undefined, position },
        }),
      ),
    onSettled: () => refreshSpace(queryClient, spaceId),
  });
}

/** Archive, unarchive, trash (with its subtree) and restore: each changes the tree. */
export function usePageAction(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: 'archive' | 'unarchive' | 'trash' | 'restore' }) => {
      const page = { params: { path: { id } } };
      if (action === 'trash') await api.DELETE('/api/v1/pages/{id}', page);
      else if (action === 'archive') await api.POST('/api/v1/pages/{id}/archive', page);
      else if (action === 'unarchive') await api.POST('/api/v1/pages/{id}/unarchive', page);
      else await api.POST('/api/v1/pages/{id}/restore', page);
    },
    onSuccess: (_page, { id }) => {
      refreshSpace(queryClient, spaceId);
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
    },
  });
}

/** Copies a page's title, tags and content right after it; with its children, the pages below it come along. */
export function useCopyPage(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title, includeChildren }: { id: string; title: string; includeChildren?: boolean }) =>
      body(api.POST('/api/v1/pages/{id}/copy', { params: { path: { id } }, body: { title, includeChildren } })),
    onSuccess: () => refreshSpace(queryClient, spaceId),
  });
}

/** Who a page lets read and edit beyond its space's grants, and the pages above whose restrictions apply too. */
export const restrictionsQuery = (pageId: string) =>
  queryOptions({
    queryKey: ['doc', 'page', pageId, 'restrictions'],
    queryFn: () => body(api.GET('/api/v1/pages/{id}/restrictions', { params: { path: { id: pageId } } })),
  });

export function useRestrictions(pageId: string, enabled = true) {
  return useQuery({ ...restrictionsQuery(pageId), enabled });
}

/** A department or person as the client holds it (its id is there once picked). */
type Named = Pick<PageRestriction, 'kind'> & { id?: string };
const named = ({ kind, id }: Named) => (id ? [{ kind, id }] : []);

export function useRestrict(spaceId: string, pageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { readers: Named[]; editors: Named[] }) =>
      body(
        api.PUT('/api/v1/pages/{id}/restrictions', {
          params: { path: { id: pageId } },
          body: { readers: request.readers.flatMap(named), editors: request.editors.flatMap(named) },
        }),
      ),
    onSuccess: (restrictions) => {
      queryClient.setQueryData(restrictionsQuery(pageId).queryKey, restrictions);
      // pages below show their restriction as inherited; the page and tree show the lock
      void queryClient.invalidateQueries({ queryKey: ['doc', 'page'] });
      refreshSpace(queryClient, spaceId);
    },
  });
}

export function useFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, favourite }: { id: string; favourite: boolean }) =>
      favourite
        ? api.PUT('/api/v1/me/favourite-pages/{id}', { params: { path: { id } } })
        : api.DELETE('/api/v1/me/favourite-pages/{id}', { params: { path: { id } } }),
    onSuccess: (_none, { id }) => {
      void queryClient.invalidateQueries({ queryKey: pageKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['doc', 'me'] });
    },
  });
}

export function useFavourites() {
  return useQuery({
    queryKey: ['doc', 'me', 'favourites'],
    queryFn: () => body(api.GET('/api/v1/me/favourite-pages')),
  });
}

export function useRecent() {
  return useQuery({ queryKey: ['doc', 'me', 'recent'], queryFn: () => body(api.GET('/api/v1/me/recent-pages')) });
}

/** Pages of a space carrying a tag. */
export function useTagged(spaceId: string, tag: string | undefined) {
  return useQuery({
    queryKey: ['doc', 'tree', spaceId, 'tag', tag],
    queryFn: () => body(api.GET('/api/v1/spaces/{id}/pages', { params: { path: { id: spaceId }, query: { tag } } })),
    enabled: tag !== undefined,
  });
}
