import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components, operations } from '../../../shared/api/schema';

/** The kinds the client has tabs and words for; the server may answer with more. */
export type SearchKind = 'message' | 'file' | 'person' | 'channel' | 'page' | 'space' | 'announcement';
export type SearchSort = 'relevance' | 'date';

export type Segment = components['schemas']['SearchSegment'];
export type Hit = components['schemas']['SearchHit'];
export type SearchGroup = components['schemas']['SearchGroup'];
export type SearchResults = components['schemas']['SearchResults'];

export const SEARCH_KINDS: SearchKind[] = ['message', 'file', 'person', 'channel', 'page', 'space', 'announcement'];

type SearchParams = NonNullable<operations['search_1']['parameters']['query']>;

/** The person's time zone: the server reads the query's dates (`on:2026-03-01`, `today`) as days there. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function search(params: SearchParams): Promise<SearchResults> {
  return body(api.GET('/api/v1/search', { params: { query: { ...params, tz: TIME_ZONE } } }));
}

/** Whether a query is worth sending: the server refuses an empty one, so we never ask. */
export function isSearchable(q: string): boolean {
  return q.trim().length > 0;
}

/**
 * The best hits of every kind for a query. Keyed by the query, so an answer to an older query never
 * shows for a newer one; the previous answer stays on screen while the next one comes.
 */
export function searchQuery(q: string, sort: SearchSort = 'relevance', size = 5) {
  return queryOptions({
    queryKey: ['search', 'all', { q: q.trim(), sort, size }],
    queryFn: () => search({ q: q.trim(), sort, size }),
    enabled: isSearchable(q),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useSearch(q: string, sort?: SearchSort, size?: number) {
  return useQuery(searchQuery(q, sort, size));
}

const PAGE_SIZE = 20;

/** Hits of one kind, a page at a time. */
export function searchPagesQuery(q: string, kind: SearchKind, sort: SearchSort) {
  return infiniteQueryOptions({
    queryKey: ['search', kind, { q: q.trim(), sort }],
    queryFn: ({ pageParam }) => search({ q: q.trim(), kind, sort, page: pageParam, size: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const group = last.groups[0];
      const shown = pages.reduce((sum, page) => sum + (page.groups[0]?.hits.length ?? 0), 0);
      return group && shown < group.total && group.hits.length > 0 ? pages.length : undefined;
    },
    enabled: isSearchable(q),
    staleTime: 5_000,
  });
}

export function useSearchPages(q: string, kind: SearchKind, sort: SearchSort) {
  return useInfiniteQuery(searchPagesQuery(q, kind, sort));
}

/** Channels or people whose names start like the typed prefix, to complete `in:#` and `from:@`. */
export function useNameSuggestions(kind: 'channel' | 'person' | undefined, prefix: string) {
  return useQuery({
    queryKey: ['search', 'names', kind, prefix],
    queryFn: () => search({ q: prefix, kind: kind === 'channel' ? 'channel' : 'person', size: 8 }),
    enabled: kind !== undefined && isSearchable(prefix),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
