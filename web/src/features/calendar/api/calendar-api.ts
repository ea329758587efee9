import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { CalendarInfo, CalendarWindow, EditScope, EventDetail, Occurrence, WriteEvent } from './types';

/** Every query of the module starts with `calendar`. */
export const calendarKeys = {
  all: ['calendar'] as const,
  list: ['calendar', 'list'] as const,
  windows: ['calendar', 'window'] as const,
  window: (calendarIds: string[], from: string, to: string, zone: string) =>
    ['calendar', 'window', calendarIds.join(','), from, to, zone] as const,
  events: ['calendar', 'event'] as const,
  event: (id: string, occurrence?: string | null) => ['calendar', 'event', id, occurrence ?? ''] as const,
};

/** My calendar, the shared ones I may see and the ones I overlay, with their colours. */
export const calendarsQuery = queryOptions({
  queryKey: calendarKeys.list,
  queryFn: () => body(api.GET('/api/v1/calendars')).then((list) => list.calendars),
});

export const useCalendars = () => useQuery(calendarsQuery);

/** What the shown calendars hold in [from, to), occurrences expanded, and my tasks due then. */
export function useCalendarWindow(calendarIds: string[], from: Date, to: Date, zone: string) {
  const range = [from.toISOString(), to.toISOString()] as const;
  return useQuery({
    queryKey: calendarKeys.window(calendarIds, range[0], range[1], zone),
    queryFn: () =>
      body(
        api.GET('/api/v1/calendar/window', {
          params: { query: { calendars: calendarIds, from: range[0], to: range[1], zone } },
        }),
      ),
    enabled: calendarIds.length > 0,
    // moving to the next week keeps the last one on screen until its answer is in
    placeholderData: (previous) => previous,
  });
}

export const eventQuery = (id: string, occurrence?: string | null) =>
  queryOptions({
    queryKey: calendarKeys.event(id, occurrence),
    queryFn: () =>
      body(
        api.GET('/api/v1/events/{id}', {
          params: { path: { id }, query: { occurrence: occurrence ?? undefined } },
        }),
      ),
  });

export const useEvent = (id: string, occurrence?: string | null) => useQuery(eventQuery(id, occurrence));

/** After a write: every window and the event asked again (an edit may move other occurrences). */
function settle(queryClient: QueryClient, eventId?: string) {
  void queryClient.invalidateQueries({ queryKey: calendarKeys.windows });
  if (eventId) void queryClient.invalidateQueries({ queryKey: ['calendar', 'event', eventId] });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ calendarId, event }: { calendarId: string; event: WriteEvent }) =>
      body(api.POST('/api/v1/calendars/{id}/events', { params: { path: { id: calendarId } }, body: event })),
    onSuccess: (event) => settle(queryClient, event.id),
  });
}

export interface EventWrite {
  id: string;
  scope: EditScope;
  occurrence?: string | null;
  event: WriteEvent;
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, scope, occurrence, event }: EventWrite) =>
      body(
        api.PATCH('/api/v1/events/{id}', {
          params: { path: { id }, query: { scope, occurrence: occurrence ?? undefined } },
          body: event,
        }),
      ),
    onSettled: (_event, _error, { id }) => settle(queryClient, id),
  });
}

/** Moves an event (a series whole) to another calendar I may edit; it keeps everything else. */
export function useMoveEventToCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, calendarId }: { id: string; calendarId: string }) =>
      body(api.POST('/api/v1/events/{id}/move', { params: { path: { id } }, body: { calendarId } })),
    onSettled: (_event, _error, { id }) => settle(queryClient, id),
  });
}

/**
 * Moves or resizes an occurrence shown in a window: it shows at its new place at once (in every
 * cached window), and the event is written with the same shift applied to the times the server
 * holds for the scope asked; a refusal puts it back where the server has it.
 */
export function useMoveOccurrence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      occurrence,
      start,
      end,
      scope,
    }: {
      occurrence: Occurrence;
      start: Date;
      end: Date;
      scope: EditScope;
    }) => {
      const detail = await queryClient.fetchQuery(eventQuery(occurrence.eventId, occurrence.occurrence));
      const startShift = start.getTime() - new Date(occurrence.start).getTime();
      const endShift = end.getTime() - new Date(occurrence.end).getTime();
      const shifted = (iso: string, shift: number) => new Date(new Date(iso).getTime() + shift).toISOString();
      const event: WriteEvent = {
        ...writeOf(detail),
        start: shifted(detail.start, startShift),
        end: shifted(detail.end, endShift),
      };
      return body(
        api.PATCH('/api/v1/events/{id}', {
          params: {
            path: { id: occurrence.eventId },
            query: { scope, occurrence: occurrence.occurrence ?? undefined },
          },
          body: event,
        }),
      );
    },
    onMutate: async ({ occurrence, start, end }) => {
      await queryClient.cancelQueries({ queryKey: calendarKeys.windows });
      const same = (other: Occurrence) =>
        other.eventId === occurrence.eventId && (other.occurrence ?? null) === (occurrence.occurrence ?? null);
      queryClient.setQueriesData<CalendarWindow>(
        { queryKey: calendarKeys.windows },
        (window) =>
          window && {
            ...window,
            occurrences: window.occurrences.map((other) =>
              same(other) ? { ...other, start: start.toISOString(), end: end.toISOString() } : other,
            ),
          },
      );
    },
    onSettled: (_answer, _error, { occurrence }) => settle(queryClient, occurrence.eventId),
  });
}

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, scope, occurrence }: { id: string; scope: EditScope; occurrence?: string | null }) =>
      api.DELETE('/api/v1/events/{id}', {
        params: { path: { id }, query: { scope, occurrence: occurrence ?? undefined } },
      }),
    onSuccess: (_answer, { id }) => settle(queryClient, id),
  });
}

/** Overlays a calendar (a colleague's, a shared one) in my view, or changes its colour or whether it shows. */
export function useSubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, color, visible }: { id: string; color: string; visible: boolean }) =>
      body(api.PUT('/api/v1/calendars/{id}/subscription', { params: { path: { id } }, body: { color, visible } })),
    onMutate: async ({ id, color, visible }) => {
      await queryClient.cancelQueries({ queryKey: calendarKeys.list });
      queryClient.setQueryData<CalendarInfo[]>(calendarKeys.list, (list) =>
        list?.map((calendar) => (calendar.id === id ? { ...calendar, color, visible } : calendar)),
      );
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.list }),
  });
}

export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/api/v1/calendars/{id}/subscription', { params: { path: { id } } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.list }),
  });
}

/** A colleague's personal calendar (made on first use), to overlay. */
export const personCalendar = (personId: string) =>
  body(api.GET('/api/v1/people/{personId}/calendar', { params: { path: { personId } } }));

/** The fields an edit writes back, from the event as the server holds it. */
export function writeOf(detail: EventDetail): WriteEvent {
  return {
    title: detail.title ?? '',
    description: detail.description,
    location: detail.location,
    roomId: detail.roomId,
    allDay: detail.allDay,
    start: detail.start,
    end: detail.end,
    timeZone: detail.timeZone,
    recurrence: detail.recurrence,
    private: detail.private,
    attendees: detail.attendees.map((attendee) => ({ kind: 'PERSON', id: attendee.person.id })),
    reminders: detail.reminders,
    docPageId: detail.docPageId,
  };
}
