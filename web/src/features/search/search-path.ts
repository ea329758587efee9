import type { SearchKind, SearchSort } from './api/search';

/** The results page's address: `/search?q=…&kind=…&sort=…`, leaving out what is the default. */
export function searchPath({ q, kind, sort }: { q: string; kind?: SearchKind; sort?: SearchSort }): string {
  const params = new URLSearchParams({ q });
  if (kind) params.set('kind', kind);
  if (sort && sort !== 'relevance') params.set('sort', sort);
  return `/search?${params.toString()}`;
}
