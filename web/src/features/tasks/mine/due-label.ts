import { localDayNumber } from './groups';

type Translate = (key: string) => string;

/**
 * A due date as a list shows it, relative to today in the browser's zone: "Today", "Tomorrow 15:00",
 * a weekday within the coming week, else the date (with the year when it is not this year's).
 */
export function dueLabel(dueAt: string, allDay: boolean, now: Date, language: string, t: Translate): string {
  const due = new Date(dueAt);
  const days = localDayNumber(due) - localDayNumber(now);
  let day: string;
  if (days === 0) day = t('tasks.day.today');
  else if (days === 1) day = t('tasks.day.tomorrow');
  else if (days === -1) day = t('tasks.day.yesterday');
  else if (days > 1 && days < 7) day = new Intl.DateTimeFormat(language, { weekday: 'short' }).format(due);
  else
    day = new Intl.DateTimeFormat(language, {
      month: 'short',
      day: 'numeric',
      year: due.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    }).format(due);
  if (allDay) return day;
  return `${day} ${new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(due)}`;
}

/** A day's heading in the upcoming group: "Tomorrow", "Fri 18 Dec" (with the weekday always). */
export function dayHeading(day: number, now: Date, language: string, t: Translate): string {
  const days = day - localDayNumber(now);
  if (days === 1) return t('tasks.day.tomorrow');
  const date = new Date(day * 86_400_000);
  // a day number is a UTC midnight: format it in UTC so it stays that calendar day
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
