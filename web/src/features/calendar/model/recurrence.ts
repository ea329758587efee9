import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** How an event repeats, as its editor offers it; `toRRule` writes it as an RFC 5545 rule. */
export type Frequency = 'NONE' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type RepeatEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };

export interface Repeat {
  frequency: Frequency;
  interval: number;
  /** Weekly: the days it falls on (none: the start's weekday). */
  weekdays: Weekday[];
  /** Monthly: on the start's day of the month, or on its weekday (the second Tuesday, the last Friday). */
  monthlyBy: 'date' | 'weekday';
  /** `until`: a `YYYY-MM-DD` day in the event's time zone, the last one an occurrence may start on. */
  end: RepeatEnd;
}

export const NO_REPEAT: Repeat = {
  frequency: 'NONE',
  interval: 1,
  weekdays: [],
  monthlyBy: 'date',
  end: { kind: 'never' },
};

// Date#getDay: 0 is Sunday
const BY_JS_DAY: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The start as the event's time zone reads it: its day of the month and weekday decide a rule. */
export interface WallDay {
  year: number;
  month: number;
  day: number;
}

export const weekdayOf = ({ year, month, day }: WallDay): Weekday => BY_JS_DAY[new Date(year, month - 1, day).getDay()];

/** Which of its month's weekdays the day is: 1 … 4, or -1 when it is the month's last one (the 5th too). */
export function weekOfMonth({ year, month, day }: WallDay): number {
  const nth = Math.ceil(day / 7);
  const lastOne = new Date(year, month - 1, day + 7).getMonth() !== month - 1;
  return lastOne && nth >= 4 ? -1 : nth;
}

/**
 * UNTIL in the form RFC 5545 asks for: a date for an all-day event (its DTSTART is a date), else
 * the last second of that day in the event's zone, in UTC.
 */
function untilOf(date: string, allDay: boolean, zone: string): string {
  if (allDay) return date.replaceAll('-', '');
  return dayjs.tz(`${date} 23:59:59`, zone).utc().format('YYYYMMDD[T]HHmmss[Z]');
}

/** The RRULE value (without `RRULE:`) anchored at the start's day, or undefined for no repeat. */
export function toRRule(repeat: Repeat, start: WallDay, allDay: boolean, zone: string): string | undefined {
  if (repeat.frequency === 'NONE') return undefined;
  const parts = [`FREQ=${repeat.frequency}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.frequency === 'WEEKLY') {
    const days = repeat.weekdays.length > 0 ? repeat.weekdays : [weekdayOf(start)];
    parts.push(`BYDAY=${WEEKDAYS.filter((day) => days.includes(day)).join(',')}`);
  }
  if (repeat.frequency === 'MONTHLY') {
    parts.push(
      repeat.monthlyBy === 'date' ? `BYMONTHDAY=${start.day}` : `BYDAY=${weekOfMonth(start)}${weekdayOf(start)}`,
    );
  }
  if (repeat.end.kind === 'until') parts.push(`UNTIL=${untilOf(repeat.end.date, allDay, zone)}`);
  if (repeat.end.kind === 'count') parts.push(`COUNT=${repeat.end.count}`);
  return parts.join(';');
}

/**
 * Reads a stored rule back into the editor's terms; undefined when the editor cannot show it (a
 * rule imported from another client), which the editor then keeps as it is unless replaced.
 */
export function fromRRule(rule: string | null | undefined, zone: string): Repeat | undefined {
  if (!rule) return NO_REPEAT;
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
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
  if (!frequency || !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(frequency)) return undefined;
  if ([...fields.keys()].some((key) => !known.has(key))) return undefined;
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const repeat: Repeat = { ...NO_REPEAT, frequency, interval };
  const byDay = fields.get('BYDAY');
  if (frequency === 'WEEKLY' && byDay) {
    const days = byDay.split(',');
    if (!days.every((day): day is Weekday => (WEEKDAYS as string[]).includes(day))) return undefined;
    repeat.weekdays = days;
  } else if (frequency === 'MONTHLY' && byDay) {
    if (!/^-?[1-5](MO|TU|WE|TH|FR|SA|SU)$/.test(byDay)) return undefined;
    repeat.monthlyBy = 'weekday';
  } else if (byDay || (fields.has('BYMONTHDAY') && frequency !== 'MONTHLY')) {
    return undefined;
  }
  const until = fields.get('UNTIL');
  const count = fields.get('COUNT');
  if (until) {
    const match = /^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(until);
    if (!match) return undefined;
    const [, year, month, day, time, hours, minutes, seconds] = match;
    // a UTC moment is read back as the day it falls on in the event's zone
    const date = time?.endsWith('Z')
      ? dayjs(Date.UTC(+year, +month - 1, +day, +hours, +minutes, +seconds))
          .tz(zone)
          .format('YYYY-MM-DD')
      : `${year}-${month}-${day}`;
    repeat.end = { kind: 'until', date };
  } else if (count) {
    repeat.end = { kind: 'count', count: Number(count) };
  }
  return repeat;
}
