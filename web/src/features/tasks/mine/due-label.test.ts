import { describe, expect, it } from 'vitest';
import { dayHeading, dueLabel } from './due-label';
import { localDayNumber } from './groups';

const NOW = new Date(2026, 11, 7, 10, 0);
const t = (key: string) =>
  ({ 'tasks.day.today': 'TODAY', 'tasks.day.tomorrow': 'TOMORROW', 'tasks.day.yesterday': 'YESTERDAY' })[key] ?? key;
const iso = (day: number, hours = 0, minutes = 0, month = 11, year = 2026) =>
  new Date(year, month, day, hours, minutes).toISOString();

describe('dueLabel', () => {
  it('names today, tomorrow and yesterday with the time for a timed task', () => {
    expect(dueLabel(iso(8, 15), false, NOW, 'zh-CN', t)).toBe('TOMORROW 15:00');
    expect(dueLabel(iso(7, 9, 5), false, NOW, 'en', t)).toBe('TODAY 09:05');
    expect(dueLabel(iso(6), true, NOW, 'en', t)).toBe('YESTERDAY');
  });

  it('names a weekday within the week and a date beyond it', () => {
    expect(dueLabel(iso(11), true, NOW, 'en', t)).toBe('Fri');
    expect(dueLabel(iso(11), true, NOW, 'zh-CN', t)).toBe('周五');
    expect(dueLabel(iso(20), true, NOW, 'en', t)).toBe('Dec 20');
    expect(dueLabel(iso(20), true, NOW, 'zh-CN', t)).toBe('12月20日');
  });

  it('adds the year to a date of another year', () => {
    expect(dueLabel(iso(5, 0, 0, 0, 2027), true, NOW, 'en', t)).toBe('Jan 5, 2027');
  });
});

describe('dayHeading', () => {
  it('says tomorrow, else the weekday and date', () => {
    const today = localDayNumber(NOW);
    expect(dayHeading(today + 1, NOW, 'zh-CN', t)).toBe('TOMORROW');
    expect(dayHeading(today + 4, NOW, 'en', t)).toBe('Fri, Dec 11');
    expect(dayHeading(today + 4, NOW, 'zh-CN', t)).toBe('12月11日周五');
  });
});
