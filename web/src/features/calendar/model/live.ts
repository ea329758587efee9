/**
 * What a calendar's stream entry or a `calendar.changed` signal makes stale. The stream carries no
 * event content (a private event must not leak through it), only which event or calendar changed,
 * so nothing is applied in place: the shown windows, the open event, the list of calendars and my
 * pending invitations are asked again, and of these only what the entry can have changed.
 */
export type CalendarStreamEvent =
  | { kind: 'event.changed'; eventId: string }
  | { kind: 'event.removed'; eventId: string }
  | { kind: 'calendar.updated' };

export interface Stale {
  /** Refetch the windows that show this calendar (all windows when undefined). */
  windowsOf?: string;
  windows: boolean;
  /** Refetch this event wherever it is open. */
  event?: string;
  /** The event is gone: close it if it is open. */
  removed?: string;
  /** The list of calendars (names, colours, my role). */
  calendars: boolean;
  /**
   * My invitations waiting for an answer: any change of an event may be a new invitation, a
   * time moved (asked again), an answer given elsewhere or a cancellation.
   */
  invitations: boolean;
}

export function staleBy(calendarId: string, event: { kind: string; eventId?: string }): Stale {
  switch (event.kind) {
    case 'event.changed':
      return { windowsOf: calendarId, windows: true, event: event.eventId, calendars: false, invitations: true };
    case 'event.removed':
      return { windowsOf: calendarId, windows: true, removed: event.eventId, calendars: false, invitations: true };
    case 'calendar.updated':
      return { windowsOf: calendarId, windows: true, calendars: true, invitations: false };
    default:
      // a kind this client does not know yet: ask again for what it may touch
      return { windowsOf: calendarId, windows: true, calendars: true, invitations: true };
  }
}

/**
 * A per-person signal for an event I attend on a calendar I do not follow: it may be in any window,
 * and may be a new invitation.
 */
export function staleBySignal(payload: unknown): Stale | undefined {
  const eventId = (payload as { eventId?: unknown } | null)?.eventId;
  return typeof eventId === 'string'
    ? { windows: true, event: eventId, calendars: false, invitations: true }
    : undefined;
}

/** Whether a window's query key (`['calendar', 'window', ids, from, to, zone]`) shows the calendar. */
export function windowShows(key: readonly unknown[], calendarId: string | undefined): boolean {
  if (key[1] !== 'window') return false;
  return calendarId === undefined || String(key[2]).split(',').includes(calendarId);
}
