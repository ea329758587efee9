import { describe, expect, it } from 'vitest';
import { calendarKeys } from '../api/calendar-api';
import { staleBy, staleBySignal, windowShows } from './live';

describe('what a calendar stream entry makes stale', () => {
  it('an answer or an edit: the windows showing that calendar, the event and my invitations, not the list of calendars', () => {
    expect(staleBy('cal-1', { kind: 'event.changed', eventId: 'ev-1' })).toEqual({
      windowsOf: 'cal-1',
      windows: true,
      event: 'ev-1',
      calendars: false,
      invitations: true,
    });
  });

  it('a cancelled event: the windows, and the event is to be closed where it is open', () => {
    expect(staleBy('cal-1', { kind: 'event.removed', eventId: 'ev-1' })).toMatchObject({
      removed: 'ev-1',
      invitations: true,
    });
  });

  it('a renamed or re-shared calendar: the list too', () => {
    expect(staleBy('cal-1', { kind: 'calendar.updated' })).toMatchObject({ calendars: true, invitations: false });
  });

  it('the signal to an attendee names the event and may bring a new invitation; a malformed one changes nothing', () => {
    expect(staleBySignal({ eventId: 'ev-2' })).toEqual({
      windows: true,
      event: 'ev-2',
      calendars: false,
      invitations: true,
    });
    expect(staleBySignal({})).toBeUndefined();
    expect(staleBySignal(null)).toBeUndefined();
  });
});

describe('windowShows', () => {
  const key = calendarKeys.window(['cal-1', 'cal-2'], '2026-12-06T16:00:00.000Z', '2026-12-13T16:00:00.000Z', 'UTC');

  it('matches windows overlaying the calendar, and every window when no calendar is named', () => {
    expect(windowShows(key, 'cal-2')).toBe(true);
    expect(windowShows(key, 'cal-3')).toBe(false);
    expect(windowShows(key, undefined)).toBe(true);
    expect(windowShows(calendarKeys.event('ev-1'), undefined)).toBe(false);
  });
});
