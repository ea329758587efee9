import { describe, expect, it } from 'vitest';
import { fromRRule, NO_REPEAT, type Repeat, toRRule } from './recurrence';

const SHANGHAI = 'Asia/Shanghai';
// Friday 27 November 2026: the last Friday of its month
const lastFriday = { year: 2026, month: 11, day: 27 };
const repeat = (change: Partial<Repeat>): Repeat => ({ ...NO_REPEAT, ...change });

describe('toRRule', () => {
  it('writes nothing for an event that does not repeat', () => {
    expect(toRRule(NO_REPEAT, lastFriday, false, SHANGHAI)).toBeUndefined();
  });

  it('repeats weekly on the chosen days in calendar order, else on the start’s weekday', () => {
    expect(toRRule(repeat({ frequency: 'WEEKLY', weekdays: ['TH', 'MO'] }), lastFriday, false, SHANGHAI)).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH',
    );
    expect(toRRule(repeat({ frequency: 'WEEKLY', interval: 2 }), lastFriday, false, SHANGHAI)).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    );
  });

  it('repeats monthly on the date or on the weekday, the last one named as -1', () => {
    expect(toRRule(repeat({ frequency: 'MONTHLY' }), lastFriday, false, SHANGHAI)).toBe('FREQ=MONTHLY;BYMONTHDAY=27');
    expect(toRRule(repeat({ frequency: 'MONTHLY', monthlyBy: 'weekday' }), lastFriday, false, SHANGHAI)).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
    expect(
      toRRule(
        repeat({ frequency: 'MONTHLY', monthlyBy: 'weekday' }),
        { year: 2026, month: 12, day: 8 },
        false,
        SHANGHAI,
      ),
    ).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('ends on a day as UTC for a timed event and as a date for an all-day one, or after a count', () => {
    const until = repeat({ frequency: 'DAILY', end: { kind: 'until', date: '2026-12-31' } });
    expect(toRRule(until, lastFriday, false, SHANGHAI)).toBe('FREQ=DAILY;UNTIL=20261231T155959Z');
    expect(toRRule(until, lastFriday, true, SHANGHAI)).toBe('FREQ=DAILY;UNTIL=20261231');
    expect(
      toRRule(repeat({ frequency: 'YEARLY', end: { kind: 'count', count: 5 } }), lastFriday, false, SHANGHAI),
    ).toBe('FREQ=YEARLY;COUNT=5');
  });
});

describe('fromRRule', () => {
  it('reads back what it wrote, the UTC end as the day in the event’s zone', () => {
    expect(fromRRule('FREQ=DAILY;UNTIL=20261231T155959Z', SHANGHAI)).toEqual(
      repeat({ frequency: 'DAILY', end: { kind: 'until', date: '2026-12-31' } }),
    );
    expect(fromRRule('FREQ=MONTHLY;BYDAY=-1FR', SHANGHAI)).toEqual(
      repeat({ frequency: 'MONTHLY', monthlyBy: 'weekday' }),
    );
    expect(fromRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=4', SHANGHAI)).toEqual(
      repeat({ frequency: 'WEEKLY', interval: 2, weekdays: ['MO', 'TH'], end: { kind: 'count', count: 4 } }),
    );
    expect(fromRRule(null, SHANGHAI)).toEqual(NO_REPEAT);
  });

  it('does not pretend to show a rule it cannot edit', () => {
    expect(fromRRule('FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR', SHANGHAI)).toBeUndefined();
    expect(fromRRule('FREQ=HOURLY', SHANGHAI)).toBeUndefined();
  });
});
