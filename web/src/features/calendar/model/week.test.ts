import { describe, expect, it } from 'vitest';
import { isoDay, monthGrid, rangeOf, weekOf, weekStartFor } from './week';

describe('week start', () => {
  it('is Monday in Chinese and Sunday in English', () => {
    expect(weekStartFor('zh-CN')).toBe(1);
    expect(weekStartFor('en')).toBe(0);
  });

  it('lays out the week of Monday 7 December 2026 from that Monday in Chinese, from the Sunday before in English', () => {
    const monday = new Date(2026, 11, 7);
    expect(weekOf(monday, 1).map(isoDay)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(isoDay(weekOf(monday, 0)[0])).toBe('2026-12-06');
    // a Sunday belongs to the week before in Chinese, and starts its own in English
    const sunday = new Date(2026, 11, 13);
    expect(isoDay(weekOf(sunday, 1)[0])).toBe('2026-12-07');
    expect(isoDay(weekOf(sunday, 0)[0])).toBe('2026-12-13');
  });

  it('shows a month in whole weeks that start on the language’s first day', () => {
    // February 2026 begins on a Sunday
    const chinese = monthGrid(new Date(2026, 1, 10), 1);
    const english = monthGrid(new Date(2026, 1, 10), 0);
    expect(isoDay(chinese[0][0])).toBe('2026-01-26');
    expect(chinese).toHaveLength(5);
    expect(isoDay(english[0][0])).toBe('2026-02-01');
    expect(english).toHaveLength(4);
    const range = rangeOf('month', new Date(2026, 1, 10), 0);
    expect([isoDay(range.from), isoDay(range.to)]).toEqual(['2026-02-01', '2026-03-01']);
  });
});
