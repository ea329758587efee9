import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { taskKeys } from './tasks';
import type { MyRole } from './types';

import type { MyTaskGroupKey } from './my-cards';

/** How many more cards one "show more" brings. */
const MORE = 50;

/** The browser's zone: the server decides today and overdue by the reader's days. */
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** My tasks in their groups, each with its count and first page (the server's order). */
export const myTasksQuery = (role: MyRole) =>
  queryOptions({
    queryKey: taskKeys.myList(role),
    queryFn: () => body(api.GET('/api/v1/my-tasks', { params: { query: { role, zone: zone() } } })),
  });

/**
 * A group's further pages after the card `after` (the first page's `next`). The key holds `after`,
 * so a first page that now ends elsewhere starts a fresh chain; a refetch runs the chain again from
 * `after`, each page continuing after the one before as it is now, so nothing is skipped or doubled.
 */
export const myGroupMoreQuery = (role: MyRole, group: MyTaskGroupKey, after: string) =>
  infiniteQueryOptions({
    queryKey: [...taskKeys.myList(role), 'more', group, after] as const,
    initialPageParam: after,
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/my-tasks', {
          params: { query: { role, zone: zone(), group, after: pageParam, limit: MORE } },
        }),
      ).then((answer) => answer.groups[0]),
    getNextPageParam: (page) => page?.next ?? undefined,
  });
