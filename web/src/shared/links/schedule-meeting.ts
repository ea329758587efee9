/**
 * The address that opens the calendar's editor for a new meeting, prefilled: chat and the profile
 * card build it, the calendar reads it (neither imports the other).
 */
export interface ScheduleRequest {
  /** People to invite. */
  people: string[];
  /** The conversation it was scheduled from: its members are invited and the event's link is posted there. */
  channelId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function scheduleMeetingPath(request: ScheduleRequest): string {
  const query = new URLSearchParams({ schedule: '1' });
  if (request.people.length > 0) query.set('people', request.people.join(','));
  if (request.channelId) query.set('channel', request.channelId);
  return `/calendar?${query}`;
}

/** The request in a calendar address, or null when it asks for none; ids that are not ids are dropped. */
export function readScheduleRequest(query: URLSearchParams): ScheduleRequest | null {
  if (query.get('schedule') !== '1') return null;
  const people = (query.get('people') ?? '').split(',').filter((id) => UUID.test(id));
  const channel = query.get('channel');
  return { people: [...new Set(people)], channelId: channel && UUID.test(channel) ? channel : undefined };
}
