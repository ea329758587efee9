import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { onReady, onSignal, registerStreamHandler } from '../../../shared/realtime/socket';
import { calendarKeys } from '../api/calendar-api';
import { invitationsKey } from '../invitations/invitations-api';
import { type CalendarStreamEvent, type Stale, staleBy, staleBySignal, windowShows } from '../model/live';

/** The stream kind cal-core declares on the server. */
const STREAM = 'calendar.calendar';

/**
 * Keeps the calendar screen current while it is shown: entries of the streams of the calendars I
 * may see (the server sends them to everyone who may see at least free/busy) and the per-person
 * `calendar.changed` signal for events I attend on calendars I do not follow, which also keep my
 * pending invitations (the toolbar's badge and list) current. Neither is replayed into
 * a window (a window is one query, cheaper to ask again than to patch), so a reconnect refetches.
 * `onRemoved` closes an event that is open while it is cancelled.
 */
export function useLiveCalendar(onRemoved: (eventId: string) => void) {
  const queryClient = useQueryClient();
  // the latest callback, without registering the handlers again each time the page renders
  const removed = useRef(onRemoved);
  useEffect(() => {
    removed.current = onRemoved;
  }, [onRemoved]);
  useEffect(() => {
    const apply = (stale: Stale) => {
      if (stale.windows) {
        void queryClient.invalidateQueries({
          queryKey: calendarKeys.windows,
          predicate: (query) => windowShows(query.queryKey, stale.windowsOf),
        });
      }
      if (stale.event) void queryClient.invalidateQueries({ queryKey: ['calendar', 'event', stale.event] });
      if (stale.removed) removed.current(stale.removed);
      if (stale.calendars) void queryClient.invalidateQueries({ queryKey: calendarKeys.list });
      if (stale.invitations) void queryClient.invalidateQueries({ queryKey: invitationsKey });
    };
    const stopStream = registerStreamHandler<CalendarStreamEvent>({
      stream: STREAM,
      cursors: async () => ({}),
      onEvent: (frame) => apply(staleBy(frame.resourceId, frame.event)),
      onReset: (calendarId) => apply({ windowsOf: calendarId, windows: true, calendars: true, invitations: true }),
    });
    const stopSignal = onSignal('calendar.changed', (payload) => {
      const stale = staleBySignal(payload);
      if (stale) apply(stale);
    });
    const stopReady = onReady(() => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }));
    return () => {
      stopStream();
      stopSignal();
      stopReady();
    };
  }, [queryClient]);
}
