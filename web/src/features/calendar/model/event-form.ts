import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { AttendeeKind, EventDetail, WriteEvent } from '../api/types';
import { fromRRule, NO_REPEAT, type Repeat, toRRule } from './recurrence';

dayjs.extend(utc);
dayjs.extend(timezone);

/** An attendee as the editor lists it: a person, or a department or group expanded when saved. */
export interface Invitee {
  kind: AttendeeKind;
  id: string;
  name?: string;
}

/**
 * The editor's fields. Times are wall times in the event's time zone, held in pickers that know no
 * zone; an all-day event's end is its last day (the server's end is the midnight after it).
 */
export interface EventForm {
  calendarId: string;
  title: string;
  allDay: boolean;
  start: Dayjs;
  end: Dayjs;
  timeZone: string;
  location: string;
  invitees: Invitee[];
  /** Undefined: a rule the editor cannot show, kept as it is. */
  repeat: Repeat | undefined;
  private: boolean;
  reminders: number[];
  description: Record<string, unknown> | null;
  roomId?: string | null;
  /** The agenda or minutes page in the knowledge base. */
  docPageId?: string | null;
}

const WALL = 'YYYY-MM-DDTHH:mm';

/** The wall time an instant shows in a zone, as a zone-less picker value. */
export const wallOf = (iso: string, zone: string): Dayjs => dayjs(dayjs(iso).tz(zone).format(WALL));

/** The instant a wall time names in a zone. */
export const instantOf = (wall: Dayjs, zone: string): string => dayjs.tz(wall.format(WALL), zone).toISOString();

/** A new event over a range picked on the grid (local times, which are the browser's zone). */
export function blankForm(calendarId: string, start: Date, end: Date, allDay: boolean, zone: string): EventForm {
  return {
    calendarId,
    title: '',
    allDay,
    start: dayjs(start),
    end: allDay ? dayjs(end).subtract(1, 'day') : dayjs(end),
    timeZone: zone,
    location: '',
    invitees: [],
    repeat: NO_REPEAT,
    private: false,
    reminders: allDay ? [] : [15],
    description: null,
  };
}

export function formOf(detail: EventDetail): EventForm {
  const end = wallOf(detail.end, detail.timeZone);
  return {
    calendarId: detail.calendarId,
    title: detail.title ?? '',
    allDay: detail.allDay,
    start: wallOf(detail.start, detail.timeZone),
    end: detail.allDay ? end.subtract(1, 'day') : end,
    timeZone: detail.timeZone,
    location: detail.location ?? '',
    invitees: detail.attendees
      .filter((attendee) => attendee.person.id !== detail.organizer.id)
      .map((attendee) => ({ kind: 'PERSON', id: attendee.person.id, name: attendee.person.name })),
    repeat: fromRRule(detail.recurrence, detail.timeZone),
    private: detail.private ?? false,
    reminders: detail.reminders,
    description: detail.description ?? null,
    roomId: detail.roomId ?? null,
    docPageId: detail.docPageId ?? null,
  };
}

/**
 * What the server is sent: an all-day event from the midnight of its first day to the one after
 * its last, in its zone; the rule anchored at the start's day, or the unknown rule kept.
 */
export function writeOfForm(form: EventForm, keptRule: string | null | undefined): WriteEvent {
  const start = form.allDay ? form.start.startOf('day') : form.start;
  const end = form.allDay ? form.end.startOf('day').add(1, 'day') : form.end;
  const anchor = { year: start.year(), month: start.month() + 1, day: start.date() };
  return {
    title: form.title.trim(),
    description: form.description ?? undefined,
    location: form.location.trim() || undefined,
    allDay: form.allDay,
    start: instantOf(start, form.timeZone),
    end: instantOf(end, form.timeZone),
    timeZone: form.timeZone,
    recurrence: form.repeat ? toRRule(form.repeat, anchor, form.allDay, form.timeZone) : (keptRule ?? undefined),
    private: form.private,
    attendees: form.invitees.map(({ kind, id }) => ({ kind, id })),
    reminders: form.reminders,
    roomId: form.roomId ?? undefined,
    docPageId: form.docPageId ?? undefined,
  };
}
