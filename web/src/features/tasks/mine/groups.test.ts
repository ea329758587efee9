import { describe, expect, it } from 'vitest';
import { byDay, type Dated, groupMyTasks, groupOf, localDayNumber } from './groups';

// Monday 7 December 2026, 10:00 in the browser's zone
const NOW = new Date(2026, 11, 7, 10, 0);
const at = (day: number, hours = 0, minutes = 0) => new Date(2026, 11, day, hours, minutes).toISOString();

const card = (id: string, change: Partial<Dated> = {}): Dated => ({
  id,
  state: 'OPEN',
  dueAt: null,
  allDay: false,
  updatedAt: '2026-12-01T00:00:00Z',
  ...change,
});

describe('groupOf', () => {
  it('puts a task due earlier today at a time in overdue', () => {
    expect(groupOf(card('a', { dueAt: at(7, 9) }), NOW)).toBe('overdue');
  });

  it('keeps an all-day task of today in today all day long', () => {
    expect(groupOf(card('a', { dueAt: at(7), allDay: true }), new Date(2026, 11, 7, 23, 59))).toBe('today');
  });

  it('puts an all-day task of yesterday in overdue', () => {
    expect(groupOf(card('a', { dueAt: at(6), allDay: true }), NOW)).toBe('overdue');
  });

  it('puts a task later today in today and one tomorrow in upcoming', () => {
    expect(groupOf(card('a', { dueAt: at(7, 18) }), NOW)).toBe('today');
    expect(groupOf(card('a', { dueAt: at(8, 0, 30) }), NOW)).toBe('upcoming');
  });

  it('puts undated and done tasks in their groups', () => {
    expect(groupOf(card('a'), NOW)).toBe('none');
    expect(groupOf(card('a', { state: 'DONE', dueAt: at(1) }), NOW)).toBe('done');
  });
});

describe('groupMyTasks', () => {
  it('orders the groups and the cards within them, leaving empty groups out', () => {
    const open = [
      card('later', { dueAt: at(9, 8) }),
      card('tomorrow-timed', { dueAt: at(8, 15) }),
      card('tomorrow-all-day', { dueAt: at(8), allDay: true }),
      card('late', { dueAt: at(3, 12) }),
      card('undated-old', { updatedAt: '2026-12-01T00:00:00Z' }),
      card('undated-new', { updatedAt: '2026-12-05T00:00:00Z' }),
    ];
    const groups = groupMyTasks(open, [], NOW);
    expect(groups.map((group) => [group.key, group.cards.map((each) => each.id)])).toEqual([
      ['overdue', ['late']],
      ['upcoming', ['tomorrow-all-day', 'tomorrow-timed', 'later']],
      ['none', ['undated-new', 'undated-old']],
    ]);
  });

  it('counts a card in both lists once, as the open list has it', () => {
    const groups = groupMyTasks([card('a', { dueAt: at(7, 12) })], [card('a', { state: 'DONE' })], NOW);
    expect(groups.map((group) => group.key)).toEqual(['today']);
  });
});

describe('byDay', () => {
  it('splits sorted cards into their days', () => {
    const days = byDay([card('a', { dueAt: at(8, 9) }), card('b', { dueAt: at(8, 17) }), card('c', { dueAt: at(11) })]);
    expect(days.map((day) => [day.day - localDayNumber(NOW), day.cards.map((each) => each.id)])).toEqual([
      [1, ['a', 'b']],
      [4, ['c']],
    ]);
  });
});
