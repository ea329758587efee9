import { describe, expect, it } from 'vitest';
import { DEFAULT_RECURRENCE, fromRRule, type Recurrence, toRRule, weekOfMonth } from './rrule';

// Tuesday 8 December 2026, 15:00 local: the second Tuesday of its month
const DUE = new Date(2026, 11, 8, 15, 0);
const rule = (change: Partial<Recurrence>) => ({ ...DEFAULT_RECURRENCE, ...change });

describe('toRRule', () => {
  it('writes a daily rule', () => {
    expect(toRRule(rule({ frequency: 'DAILY' }), DUE)).toBe('FREQ=DAILY');
  });

  it('writes every other day', () => {
    expect(toRRule(rule({ frequency: 'DAILY', interval: 2 }), DUE)).toBe('FREQ=DAILY;INTERVAL=2');
  });

  it('writes weekly days in week order whatever order they were picked in', () => {
    expect(toRRule(rule({ weekdays: ['FR', 'MO', 'WE'] }), DUE)).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
  });

  it('takes the due date weekday when no day is picked', () => {
    expect(toRRule(rule({ weekdays: [] }), DUE)).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it('writes monthly on the due date day', () => {
    expect(toRRule(rule({ frequency: 'MONTHLY', monthlyBy: 'date' }), DUE)).toBe('FREQ=MONTHLY;BYMONTHDAY=8');
  });

  it('writes monthly on the due date weekday', () => {
    expect(toRRule(rule({ frequency: 'MONTHLY', monthlyBy: 'weekday' }), DUE)).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('writes the last weekday of the month as -1', () => {
    // Thursday 31 December 2026 is the fifth and last Thursday
    expect(toRRule(rule({ frequency: 'MONTHLY', monthlyBy: 'weekday' }), new Date(2026, 11, 31))).toBe(
      'FREQ=MONTHLY;BYDAY=-1TH',
    );
    // Friday 25 December 2026 is the fourth and last Friday
    expect(weekOfMonth(new Date(2026, 11, 25))).toBe(-1);
    // Thursday 24 December 2026 is the fourth, with a fifth after it
    expect(weekOfMonth(new Date(2026, 11, 24))).toBe(4);
  });

  it('writes yearly with a count', () => {
    expect(toRRule(rule({ frequency: 'YEARLY', end: { kind: 'count', count: 5 } }), DUE)).toBe('FREQ=YEARLY;COUNT=5');
  });

  it('writes until as the end of that local day in UTC', () => {
    const written = toRRule(rule({ frequency: 'DAILY', end: { kind: 'until', date: '2027-01-31' } }), DUE);
    const until = /UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(written) ?? [];
    const moment = new Date(Date.UTC(+until[1], +until[2] - 1, +until[3], +until[4], +until[5], +until[6]));
    expect([moment.getFullYear(), moment.getMonth() + 1, moment.getDate(), moment.getHours()]).toEqual([
      2027, 1, 31, 23,
    ]);
  });
});

describe('fromRRule', () => {
  it('reads back what toRRule writes', () => {
    const cases: Recurrence[] = [
      rule({ frequency: 'DAILY', interval: 3 }),
      rule({ weekdays: ['MO', 'TH'], end: { kind: 'count', count: 10 } }),
      rule({ frequency: 'MONTHLY', monthlyBy: 'weekday' }),
      rule({ frequency: 'MONTHLY', monthlyBy: 'date', end: { kind: 'until', date: '2027-06-30' } }),
      rule({ frequency: 'YEARLY' }),
    ];
    for (const each of cases) {
      const { named, ...read } = fromRRule(toRRule(each, DUE)) ?? {};
      expect(read).toEqual(each);
      expect(named).toEqual(each.frequency === 'MONTHLY' ? expect.anything() : undefined);
    }
  });

  it('keeps the day a monthly rule names', () => {
    expect(fromRRule('FREQ=MONTHLY;BYDAY=-1FR')?.named).toEqual({ nth: -1, weekday: 'FR' });
    expect(fromRRule('FREQ=MONTHLY;BYMONTHDAY=31')?.named).toEqual({ monthDay: 31 });
    expect(fromRRule('FREQ=MONTHLY;BYMONTHDAY=32')).toBeUndefined();
  });

  it('accepts the RRULE: prefix and lower case', () => {
    expect(fromRRule('RRULE:freq=daily')).toEqual(rule({ frequency: 'DAILY' }));
  });

  it('refuses what the form cannot show', () => {
    expect(fromRRule('FREQ=HOURLY')).toBeUndefined();
    expect(fromRRule('FREQ=MONTHLY;BYSETPOS=2;BYDAY=MO,TU')).toBeUndefined();
    expect(fromRRule('FREQ=WEEKLY;BYDAY=XX')).toBeUndefined();
    expect(fromRRule('nonsense')).toBeUndefined();
  });
});
