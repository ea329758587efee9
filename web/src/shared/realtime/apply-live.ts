import type { Query, QueryClient, QueryKey, Updater } from '@tanstack/react-query';

/**
 * Applies a live change (a stream entry, or the server's answer to my own write) to a cached query.
 * A fetch of that query already on its way may have read the database before the change committed;
 * its answer would replace what is applied here and the change would vanish until the next reload
 * (a reply sent while its thread was still loading). So such a query is fetched once more when that
 * fetch ends.
 */
export function applyLive<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  update: Updater<T | undefined, T | undefined>,
): void {
  queryClient.setQueryData<T>(queryKey, update);
  refetchIfLoading(queryClient, queryKey, true);
}

/** Queries that will be fetched again when their current fetch ends. */
const again = new WeakSet<Query>();

/**
 * Fetches again, once its current fetch ends, every query of this key (with `exact`, else of every
 * key it prefixes) whose fetch is on its way now. It waits rather than cancels: in a busy channel
 * changes come faster than a fetch, and cancelling on each would never let one finish.
 */
export function refetchIfLoading(queryClient: QueryClient, queryKey: QueryKey, exact = false): void {
  const cache = queryClient.getQueryCache();
  for (const query of cache.findAll({ queryKey, exact, fetchStatus: 'fetching' })) {
    if (again.has(query)) continue;
    again.add(query);
    const stop = cache.subscribe((event) => {
      if (event.query !== query || query.state.fetchStatus === 'fetching') return;
      stop();
      again.delete(query);
      void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    });
  }
}
