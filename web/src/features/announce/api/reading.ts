import {
  type InfiniteData,
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { Device } from '../reader/device';
import type { AnnouncementList, Box } from './types';

const PAGE_SIZE = 30;

/** Every query of the module starts with `announce`, so a change anywhere can refresh them all. */
export const announceKeys = {
  all: ['announce'] as const,
  lists: ['announce', 'list'] as const,
  list: (filter: ListFilter) => ['announce', 'list', filter] as const,
  banner: ['announce', 'banner'] as const,
  one: (id: string) => ['announce', 'one', id] as const,
  versions: (id: string) => ['announce', 'versions', id] as const,
  categories: ['announce', 'categories'] as const,
};

export interface ListFilter {
  box: Box;
  category?: string;
  q?: string;
  /** Published (or scheduled) from this time on, and before `to`: ISO-8601 with the reader's offset. */
  from?: string;
  to?: string;
}

export type ListPages = InfiniteData<AnnouncementList, string | undefined>;

/** One box, a page at a time in the server's order (inbox: unread, then pinned, then newest). */
export function useAnnouncementList(filter: ListFilter) {
  return useInfiniteQuery({
    queryKey: announceKeys.list(filter),
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/announcements', {
          params: {
            query: {
              box: filter.box,
              category: filter.category || undefined,
              q: filter.q?.trim() || undefined,
              from: filter.from,
              to: filter.to,
              cursor: pageParam,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    // a changed filter keeps the rows on screen until its answer comes, rather than a spinner per keystroke
    placeholderData: keepPreviousData,
  });
}

/** My must-reads not yet confirmed: the shell's banner. */
export const bannerQuery = queryOptions({
  queryKey: announceKeys.banner,
  queryFn: () => body(api.GET('/api/v1/announcements/banner')),
});

export function useBanner() {
  return useQuery(bannerQuery);
}

export function useAnnouncement(id: string) {
  return useQuery({
    queryKey: announceKeys.one(id),
    queryFn: () => body(api.GET('/api/v1/announcements/{id}', { params: { path: { id } } })),
  });
}

/** The categories in their order, named in both languages; they rarely change. */
export function useCategories() {
  return useQuery({
    queryKey: announceKeys.categories,
    queryFn: () => body(api.GET('/api/v1/announcement-categories')),
    staleTime: 5 * 60_000,
  });
}

/**
 * Marks the announcement opened in the cached lists, where it keeps its place until they are next
 * fetched: the row under the reader's eyes stops being bold rather than jumping away.
 */
export function markOpened(queryClient: QueryClient, id: string, at: string) {
  queryClient.setQueriesData<ListPages>({ queryKey: announceKeys.lists }, (pages) =>
    pages
      ? {
          ...pages,
          pages: pages.pages.map((page) => ({
            ...page,
            items: page.items.map((item) =>
              item.id === id && !item.read?.openedAt ? { ...item, read: { ...item.read, openedAt: at } } : item,
            ),
          })),
        }
      : pages,
  );
}

/** Records that I opened it, from which device; the server keeps the first open only. */
export function recordOpen(id: string, device: Device) {
  return body(api.POST('/api/v1/announcements/{id}/open', { params: { path: { id } }, body: { device } }));
}

/** "I have read and understood": then the banner, the lists and the announcement are read again. */
export function useConfirm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/announcements/{id}/confirm', { params: { path: { id } } })),
    onSuccess: (confirmed) => queryClient.setQueryData(announceKeys.one(id), confirmed),
    onSettled: () => queryClient.invalidateQueries({ queryKey: announceKeys.all }),
  });
}

/** The kept versions (without their bodies), fetched when the reader asks what changed. */
export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: announceKeys.versions(id),
    queryFn: () => body(api.GET('/api/v1/announcements/{id}/versions', { params: { path: { id } } })),
    enabled,
  });
}

/** One version's title and text; a version never changes, so it is fetched once. */
export function useVersion(id: string, n: number | undefined) {
  return useQuery({
    queryKey: [...announceKeys.versions(id), n],
    queryFn: () =>
      body(api.GET('/api/v1/announcements/{id}/versions/{number}', { params: { path: { id, number: n ?? 0 } } })),
    enabled: n !== undefined,
    staleTime: Infinity,
  });
}

/**
 * Whether anything waits for my approval. The server answers the review box with nothing to those
 * who do not review, so a reviewer with nothing waiting cannot be told apart, nor needs the box then.
 */
export function useReviewWaiting(enabled: boolean) {
  return useQuery({
    queryKey: [...announceKeys.all, 'review-waiting'],
    queryFn: () => body(api.GET('/api/v1/announcements', { params: { query: { box: 'review', limit: 1 } } })),
    select: (list) => list.items.length > 0,
    enabled,
  });
}
