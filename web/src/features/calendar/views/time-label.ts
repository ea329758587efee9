import type { Occurrence } from '../api/types';

/** "09:00" in the language's form (a 24-hour clock in Chinese, "9:00 AM" in English). */
export const timeOf = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);

/** "09:00 – 10:30", or the language's word for all day. */
export function timeRange(occurrence: Occurrence, locale: string, allDay: string): string {
  if (occurrence.allDay) return allDay;
  return `${timeOf(new Date(occurrence.start), locale)} – ${timeOf(new Date(occurrence.end), locale)}`;
}
