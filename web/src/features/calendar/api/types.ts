import type { components } from '../../../shared/api/schema';

/** The calendar's HTTP shapes, generated from the server's records (docs/calendar.md). */
type Schemas = components['schemas'];

export type CalendarInfo = Schemas['CalendarInfo'];
export type CalendarKind = CalendarInfo['kind'];
export type Occurrence = Schemas['Occurrence'];
export type CalendarWindow = Schemas['CalendarWindow'];
/** A task of mine due in the window (the server's `CalendarTask`), shown as an all-day chip. */
export type DueTask = CalendarWindow['tasks'][number];
export type WriteEvent = Schemas['WriteEvent'];
export type EventDetail = Schemas['EventDetail'];
export type EventAttendee = Schemas['EventAttendee'];
export type Response = EventAttendee['response'];
export type AttendeeKind = NonNullable<WriteEvent['attendees']>[number]['kind'];
export type EditScope = 'THIS' | 'FOLLOWING' | 'ALL';
