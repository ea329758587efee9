/** The calendar's HTTP shapes (docs/calendar.md), as the client reads them. */
export type CalendarKind = 'PERSONAL' | 'TEAM' | 'DEPARTMENT' | 'ROOM';
export type EditScope = 'THIS' | 'FOLLOWING' | 'ALL';
export type Response = 'NEEDS_ACTION' | 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';
export type AttendeeKind = 'PERSON' | 'DEPARTMENT' | 'GROUP';

export interface CalendarInfo {
  id: string;
  name: string;
  description?: string | null;
  kind: CalendarKind;
  color: string;
  timeZone: string;
  role: string;
  ownerId: string;
  departmentId?: string | null;
  subscribed: boolean;
  visible: boolean;
  mine: boolean;
}

export interface Occurrence {
  eventId: string;
  calendarId: string;
  /** The original start of a recurring occurrence; null for a single event. */
  occurrence?: string | null;
  start: string;
  end: string;
  allDay: boolean;
  /** Null when I may only see that the time is busy. */
  title?: string | null;
  location?: string | null;
  roomName?: string | null;
  busyOnly: boolean;
  private: boolean;
  recurring: boolean;
  status: 'CONFIRMED' | 'CANCELLED';
  myResponse?: Response | null;
  color: string;
}

export interface DueTask {
  id: string;
  title: string;
  dueAt: string;
  allDay: boolean;
  timeZone: string;
  done: boolean;
  projectName?: string | null;
}

export interface CalendarWindow {
  occurrences: Occurrence[];
  tasks: DueTask[];
}

export interface AttendeeRef {
  kind: AttendeeKind;
  id: string;
}

export interface WriteEvent {
  title: string;
  description?: Record<string, unknown> | null;
  location?: string | null;
  roomId?: string | null;
  allDay: boolean;
  start: string;
  end: string;
  timeZone: string;
  recurrence?: string | null;
  private: boolean;
  attendees: AttendeeRef[];
  reminders: number[];
  docPageId?: string | null;
  /** The conversation it was scheduled from: the server posts the event's link there. */
  source?: { channelId: string } | null;
}

export interface PersonRef {
  id: string;
  name: string;
  avatarColor: string;
}

export interface EventAttendee {
  person: PersonRef;
  response: Response;
  note?: string | null;
  respondedAt?: string | null;
}

export interface EventDetail extends Omit<WriteEvent, 'attendees' | 'title'> {
  id: string;
  calendarId: string;
  calendarName: string;
  /** Null when I may only see that the time is busy. */
  title?: string | null;
  busyOnly: boolean;
  organizer: PersonRef;
  attendees: EventAttendee[];
  roomName?: string | null;
  recurring: boolean;
  occurrence?: string | null;
  capabilities: { edit: boolean; cancel: boolean; answer: boolean };
  myResponse?: Response | null;
  /** Times attendees proposed instead; the organiser may move the event to one. */
  proposals?: EventProposal[];
}

/** A time an attendee proposed for the event (or for one occurrence of it), and why. */
export interface EventProposal {
  id: string;
  person: PersonRef;
  occurrence?: string | null;
  start: string;
  end: string;
  note: string;
  createdAt: string;
}
