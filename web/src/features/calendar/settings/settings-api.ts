import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';

const feedKey = ['calendar', 'feed'] as const;

/** Whether I have a feed URL (its secret is shown only when made). */
export function useFeed() {
  return useQuery({ queryKey: feedKey, queryFn: () => body(api.GET('/api/v1/calendar/feed')) });
}

/** Makes my feed URL, or a new one that ends the old (a leaked URL is rotated, not kept). */
export function useRotateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/calendar/feed')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/v1/calendar/feed');
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

/** The calendars I may write to (import targets) and read (export sources). */
export function useMyCalendars() {
  return useQuery({
    queryKey: ['calendar', 'calendars'],
    queryFn: () => body(api.GET('/api/v1/calendars')).then((answer) => answer.calendars),
  });
}

export function useImportIcs(calendarId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      body(
        api.POST('/api/v1/calendars/{id}/import', {
          params: { path: { id: calendarId ?? '' } },
          body: { file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export const calendarExportUrl = (calendarId: string) => `/api/v1/calendars/${calendarId}/export`;
export const eventExportUrl = (eventId: string) => `/api/v1/events/${eventId}/export`;
