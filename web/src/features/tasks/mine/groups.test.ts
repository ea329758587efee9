import { describe, expect, it } from 'vitest';
import { byDay, type Dated, joinPages, localDayNumber } from './groups';

// Monday 7 December 2026, 10:00 in the browser's zone
const NOW = new Date(2026, 11, 7, 10, 0);
const at = (day: number, hours = 0, minutes = 0) => new Date(2026, 11, day, hours, minutes).toISOString();

const card = (id: string, change: Partial<Dated> = {}): Dated => ({ id, dueAt: null, ...change });

describe('byDay', () => {
  it('splits sorted cards into their days', () => {
    const days = byDay([card('a', { dueAt: at(8, 9) }), card('b', { dueAt: at(8, 17) }), card('c', { dueAt: at(11) })]);
    expect(days.map((day) => [day.day - localDayNumber(NOW), day.cards.map((each) => each.id)])).toEqual([
      [1, ['a', 'b']],
      [4, ['c']],
    ]);
  });
});

describe('joinPages', () => {
  it('keeps the order of the pages and each card once', () => {
    const joined = joinPages([card('a'), card('b')], [[card('b'), card('c')], [card('d')]]);
    expect(joined.map((each) => each.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is the first page alone before any more was asked for', () => {
    expect(joinPages([card('a')], []).map((each) => each.id)).toEqual(['a']);
  });
});
