import { queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type ReceiptStatistics = components['schemas']['ReceiptStatistics'];
export type ReminderPlan = components['schemas']['ReminderPlan'];
export type PeopleState = 'UNOPENED' | 'UNCONFIRMED';

/** Everything cached of one announcement's statistics: a receipts event makes all of it stale. */
export const statsKey = (id: string) => ['announce', 'stats', id] as const;

export const statsQuery = (id: string, department?: string) =>
  queryOptions({
    queryKey: [...statsKey(id), 'departments', department ?? null],
    queryFn: () =>
      body(api.GET('/api/v1/announcements/{id}/stats', { params: { path: { id }, query: { department } } })),
  });

/** Who has not opened, or not confirmed, within a department (or the whole audience), a page at a time. */
export function usePeopleLeft(id: string, state: PeopleState, department?: string) {
  return useInfiniteQuery({
    queryKey: [...statsKey(id), 'people', state, department ?? null],
    queryFn: ({ pageParam }) =>
      body(
        api.GET('/api/v1/announcements/{id}/stats/people', {
          params: { path: { id }, query: { state, department, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
}

/**
 * Where the recipients' list downloads from; the browser fetches it with the session cookie. Times
 * in the file are written in this browser's time zone.
 */
export const exportUrl = (
  id: string,
  format: 'csv' | 'xlsx',
  zone = Intl.DateTimeFormat().resolvedOptions().timeZone,
) => `/api/v1/announcements/${id}/stats/export?${new URLSearchParams({ format, zone }).toString()}`;

export function useRemindNow(id: string) {
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/announcements/{id}/remind', { params: { path: { id } } })),
  });
}

export const remindersQuery = (id: string) =>
  queryOptions({
    queryKey: ['announce', 'reminders', id],
    queryFn: () => body(api.GET('/api/v1/announcements/{id}/reminders', { params: { path: { id } } })),
  });

export function useSaveReminders(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (schedule: ReminderPlan) =>
      body(api.PUT('/api/v1/announcements/{id}/reminders', { params: { path: { id } }, body: schedule })),
    onSuccess: (saved) => queryClient.setQueryData(remindersQuery(id).queryKey, saved),
  });
}
