import type { EventDetail } from '../api/types';

/**
 * "Tue, 8 Dec 2026, 10:00 – 11:00" in the browser's zone, or the days of an all-day event (its end
 * is the midnight after its last day), with the event's zone named when it is another.
 */
export function whenText(
  detail: Pick<EventDetail, 'start' | 'end' | 'allDay' | 'timeZone'>,
  locale: string,
  allDay: string,
): string {
  const start = new Date(detail.start);
  const end = new Date(detail.end);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
  if (detail.allDay) {
    const last = new Date(end.getTime() - 1);
    const days = last.toDateString() === start.toDateString() ? day.format(start) : day.formatRange(start, last);
    return `${days} · ${allDay}`;
  }
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(start, end);
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return detail.timeZone === here ? text : `${text} (${here})`;
}
