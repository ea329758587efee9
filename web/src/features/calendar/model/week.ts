/**
 * Days as the calendar's views lay them out, in the browser's time zone (the zone the window is
 * asked for). A week starts on Monday in Chinese (as calendars in China print it) and on Sunday in
 * English (as Outlook and Google show it to American users).
 */
export type WeekStart = 0 | 1;

export const weekStartFor = (locale: string): WeekStart => (locale.toLowerCase().startsWith('zh') ? 1 : 0);

export const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

export const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());

export const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

export function startOfWeek(date: Date, weekStart: WeekStart): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getDay() - weekStart + 7) % 7));
}

/** The seven days of the week the date falls in. */
export const weekOf = (date: Date, weekStart: WeekStart): Date[] =>
  Array.from({ length: 7 }, (_, index) => addDays(startOfWeek(date, weekStart), index));

/** The whole weeks that hold the date's month: four to six rows of seven days. */
export function monthGrid(date: Date, weekStart: WeekStart): Date[][] {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const rows: Date[][] = [];
  for (let start = startOfWeek(first, weekStart); rows.length === 0 || start.getMonth() === date.getMonth();) {
    rows.push(weekOf(start, weekStart));
    start = addDays(start, 7);
  }
  return rows;
}

export type ViewKind = 'day' | 'week' | 'month' | 'agenda';

/** How far an agenda looks ahead from its first day. */
export const AGENDA_DAYS = 14;

/** The days a view shows around the date: [from, to) as local midnights. */
export function rangeOf(view: ViewKind, date: Date, weekStart: WeekStart): { from: Date; to: Date } {
  switch (view) {
    case 'day':
      return { from: startOfDay(date), to: addDays(startOfDay(date), 1) };
    case 'week': {
      const from = startOfWeek(date, weekStart);
      return { from, to: addDays(from, 7) };
    }
    case 'month': {
      const rows = monthGrid(date, weekStart);
      return { from: rows[0][0], to: addDays(rows[rows.length - 1][6], 1) };
    }
    case 'agenda':
      return { from: startOfDay(date), to: addDays(startOfDay(date), AGENDA_DAYS) };
  }
}

/** The date a view's previous / next button moves to. */
export function step(view: ViewKind, date: Date, direction: 1 | -1): Date {
  switch (view) {
    case 'day':
      return addDays(date, direction);
    case 'week':
      return addDays(date, 7 * direction);
    case 'month':
      return new Date(date.getFullYear(), date.getMonth() + direction, 1);
    case 'agenda':
      return addDays(date, AGENDA_DAYS * direction);
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of a local date, the form the page's address keeps the shown day in. */
export const isoDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function parseIsoDay(value: string | null): Date | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? new Date(+match[1], +match[2] - 1, +match[3]) : undefined;
}
