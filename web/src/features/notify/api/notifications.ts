import {
  type InfiniteData,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationList = components['schemas']['NotificationList'];
export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type KindSetting = components['schemas']['KindSetting'];
export type QuietHours = components['schemas']['QuietHours'];

/** The payload of a `notification.read` signal (docs/realtime.md): one notification or all; no `readAt` means unread again. */
export interface ReadChange {
  id?: string;
  all: boolean;
  readAt?: string;
}

const PAGE_SIZE = 20;
const ROOT = ['notify'] as const;

export const unreadCountQuery = queryOptions({
  queryKey: [...ROOT, 'unread-count'],
  queryFn: () => body(api.GET('/api/v1/notifications/unread-count')),
});

/** The bell's badge. */
export function useUnreadNotifications(): number {
  return useQuery(unreadCountQuery).data?.count ?? 0;
}

const listKey = (unreadOnly: boolean) => [...ROOT, 'list', { unreadOnly }] as const;
type Pages = InfiniteData<NotificationList, string | undefined>;

export function useNotificationList(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: listKey(unreadOnly),
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/notifications', {
          params: { query: { limit: PAGE_SIZE, unread: unreadOnly, before: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
}

function updateLists(queryClient: QueryClient, change: (pages: Pages, unreadOnly: boolean) => Pages) {
  for (const unreadOnly of [false, true]) {
    queryClient.setQueryData<Pages>(listKey(unreadOnly), (pages) => (pages ? change(pages, unreadOnly) : pages));
  }
}

function mapItems(pages: Pages, map: (items: Notification[]) => Notification[]): Pages {
  return { ...pages, pages: pages.pages.map((page) => ({ ...page, items: map(page.items) })) };
}

/**
 * Applies a `notification` signal: the notification is new or took in another fact (a coalesced
 * edit), so it moves to the top of the lists it belongs in, replacing its older copy.
 */
export function storeNotification(queryClient: QueryClient, notification: Notification) {
  updateLists(queryClient, (pages, unreadOnly) => {
    const without = mapItems(pages, (items) => items.filter((item) => item.id !== notification.id));
    if ((unreadOnly && notification.readAt) || without.pages.length === 0) return without;
    const [first, ...rest] = without.pages;
    return { ...without, pages: [{ ...first, items: [notification, ...first.items] }, ...rest] };
  });
  void queryClient.invalidateQueries({ queryKey: unreadCountQuery.queryKey });
}

/**
 * Applies read state, from a `notification.read` signal or one's own answer. A notification marked
 * unread that the unread-only list never had is fetched again there; the count is always fetched
 * again, since frames may overtake each other.
 */
export function applyReadChange(queryClient: QueryClient, change: ReadChange) {
  // "all" is everything unread when it happened, not what arrived after it
  const touches = (item: Notification) =>
    change.all
      ? !item.readAt && !!change.readAt && Date.parse(item.updatedAt) <= Date.parse(change.readAt)
      : item.id === change.id;
  let missing = !change.readAt;
  updateLists(queryClient, (pages, unreadOnly) => {
    if (unreadOnly && change.readAt) return mapItems(pages, (items) => items.filter((item) => !touches(item)));
    if (unreadOnly) missing = !pages.pages.some((page) => page.items.some((item) => item.id === change.id));
    return mapItems(pages, (items) => items.map((item) => (touches(item) ? { ...item, readAt: change.readAt } : item)));
  });
  if (missing) void queryClient.invalidateQueries({ queryKey: listKey(true) });
  void queryClient.invalidateQueries({ queryKey: unreadCountQuery.queryKey });
}

/** After a reconnect: signals missed meanwhile are not replayed, so read everything again. */
export function refetchNotifications(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ROOT });
}

export function markRead(id: string) {
  return body(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      read ? markRead(id) : body(api.POST('/api/v1/notifications/{id}/unread', { params: { path: { id } } })),
    onSuccess: (notification) =>
      applyReadChange(queryClient, { id: notification.id, all: false, readAt: notification.readAt }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/notifications/read-all')),
    // the exact change comes as a notification.read signal, to this tab too; until then, ask again
    onSuccess: () => refetchNotifications(queryClient),
  });
}

export const preferencesQuery = queryOptions({
  queryKey: [...ROOT, 'preferences'],
  queryFn: () => body(api.GET('/api/v1/notifications/preferences')),
});

export function useSetPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) =>
      body(api.PUT('/api/v1/notifications/preferences', { body: preferences })),
    onSuccess: (preferences) => queryClient.setQueryData(preferencesQuery.queryKey, preferences),
  });
}
