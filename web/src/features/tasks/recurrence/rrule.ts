/** How a recurring task repeats, as its form edits it; `toRRule` writes it as an RFC 5545 rule. */
export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type RecurrenceEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };

export interface Recurrence {
  frequency: Frequency;
  /** Every n days, weeks, months or years. */
  interval: number;
  /** Weekly: the days it falls on (none: the due date's weekday). */
  weekdays: Weekday[];
  /** Monthly: on the due date's day of the month (the 15th), or on its weekday (the second Tuesday, the last Friday). */
  monthlyBy: 'date' | 'weekday';
  /** `until` is a local date, `YYYY-MM-DD`, the last day an occurrence may fall on. */
  end: RecurrenceEnd;
  /**
   * Monthly: the day a rule read back names (`BYMONTHDAY=15`, `BYDAY=-1FR`), which may be another
   * than the due date's. Only shown: a rule written again is anchored at the due date.
   */
  named?: { monthDay: number } | { nth: number; weekday: Weekday };
}

export const DEFAULT_RECURRENCE: Recurrence = {
  frequency: 'WEEKLY',
  interval: 1,
  weekdays: [],
  monthlyBy: 'date',
  end: { kind: 'never' },
};

// Date#getDay: 0 is Sunday
const BY_JS_DAY: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export const weekdayOf = (date: Date): Weekday => BY_JS_DAY[date.getDay()];

/** Which of its month's weekdays the date is: 1 … 4, or -1 when it is the month's last one (the 5th included). */
export function weekOfMonth(date: Date): number {
  const nth = Math.ceil(date.getDate() / 7);
  const sameWeekdayNextWeek = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7);
  return sameWeekdayNextWeek.getMonth() !== date.getMonth() && nth >= 4 ? -1 : nth;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The end of a local day as UTC, in the form a rule's UNTIL takes when the start has a time of day. */
function untilOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const end = new Date(year, month - 1, day, 23, 59, 59);
  return `${end.getUTCFullYear()}${pad(end.getUTCMonth() + 1)}${pad(end.getUTCDate())}T${pad(end.getUTCHours())}${pad(
    end.getUTCMinutes(),
  )}${pad(end.getUTCSeconds())}Z`;
}

/**
 * The RRULE (without the `RRULE:` prefix) for a recurrence anchored at the task's due date, which
 * decides the day of the month and the weekday a monthly rule falls on.
 */
export function toRRule(recurrence: Recurrence, due: Date): string {
  const parts = [`FREQ=${recurrence.frequency}`];
  if (recurrence.interval > 1) parts.push(`INTERVAL=${recurrence.interval}`);
  if (recurrence.frequency === 'WEEKLY') {
    const days = recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekdayOf(due)];
    parts.push(`BYDAY=${WEEKDAYS.filter((day) => days.includes(day)).join(',')}`);
  }
  if (recurrence.frequency === 'MONTHLY') {
    parts.push(
      recurrence.monthlyBy === 'date' ? `BYMONTHDAY=${due.getDate()}` : `BYDAY=${weekOfMonth(due)}${weekdayOf(due)}`,
    );
  }
  if (recurrence.end.kind === 'until') parts.push(`UNTIL=${untilOf(recurrence.end.date)}`);
  if (recurrence.end.kind === 'count') parts.push(`COUNT=${recurrence.end.count}`);
  return parts.join(';');
}

/**
 * Reads a rule back into the form's terms; undefined for a rule the form cannot show (written by
 * another client with parts it does not offer), which the task then shows as it is.
 */
export function fromRRule(rule: string): Recurrence | undefined {
  const fields = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((part) => {
        const [key, value = ''] = part.split('=');
        return [key.toUpperCase(), value.toUpperCase()] as const;
      }),
  );
  const frequency = fields.get('FREQ') as Frequency | undefined;
  if (!frequency || !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(frequency)) return undefined;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
  if ([...fields.keys()].some((key) => !known.has(key))) return undefined;
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const recurrence: Recurrence = { ...DEFAULT_RECURRENCE, frequency, interval, weekdays: [] };
  const byDay = fields.get('BYDAY');
  if (frequency === 'WEEKLY' && byDay) {
    const days = byDay.split(',');
    if (!days.every((day): day is Weekday => (WEEKDAYS as string[]).includes(day))) return undefined;
    recurrence.weekdays = days;
  } else if (frequency === 'MONTHLY' && byDay) {
    const nth = /^(-?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
    if (!nth) return undefined;
    recurrence.monthlyBy = 'weekday';
    recurrence.named = { nth: Number(nth[1]), weekday: nth[2] as Weekday };
  } else if (byDay || (fields.has('BYMONTHDAY') && frequency !== 'MONTHLY')) {
    return undefined;
  }
  const monthDay = fields.get('BYMONTHDAY');
  if (monthDay !== undefined) {
    if (!/^([1-9]|[12]\d|3[01])$/.test(monthDay) || byDay) return undefined;
    recurrence.named = { monthDay: Number(monthDay) };
  }
  const until = fields.get('UNTIL');
  const count = fields.get('COUNT');
  if (until) {
    const match = /^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(until);
    if (!match) return undefined;
    const [, year, month, day, time, hours, minutes, seconds] = match;
    // a UTC moment is read back as the local day it falls on
    const local = time?.endsWith('Z')
      ? new Date(Date.UTC(+year, +month - 1, +day, +hours, +minutes, +seconds))
      : new Date(+year, +month - 1, +day);
    recurrence.end = {
      kind: 'until',
      date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    };
  } else if (count) {
    recurrence.end = { kind: 'count', count: Number(count) };
  }
  return recurrence;
}
