import type { CalendarInfo } from '../api/types';

/**
 * The zone my personal calendar should take, if it still has the UTC the server made it with and
 * nobody chose one (`timeZoneChosen`): the browser's, which is where I am and what the views show.
 * The server knows no better source (there is no company-wide zone), and once set it counts as
 * chosen, so this happens once per person, not once per device.
 */
export function zoneToAdopt(
  calendars: readonly CalendarInfo[],
  browserZone: string | undefined,
): { calendarId: string; timeZone: string } | undefined {
  const personal = calendars.find((calendar) => calendar.mine && calendar.kind === 'PERSONAL');
  if (!personal || personal.timeZoneChosen || !browserZone || browserZone === 'Etc/Unknown') return undefined;
  return { calendarId: personal.id, timeZone: browserZone };
}
