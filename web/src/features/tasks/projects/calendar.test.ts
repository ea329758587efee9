import { describe, expect, it } from 'vitest';
import type { TaskCard } from './api/types';
import { cardsByDueDay, dayKey, monthGrid } from './calendar';

describe('monthGrid', () => {
  it('shows whole weeks from Monday, covering the month', () => {
    const weeks = monthGrid(2026, 2); // March 2026 starts on a Sunday
    expect(weeks[0][0].key).toBe('2026-02-23');
    expect(weeks[0][6].key).toBe('2026-03-01');
    expect(weeks.at(-1)?.at(-1)?.key).toBe('2026-04-05');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('starts on the 1st when it is a Monday', () => {
    const weeks = monthGrid(2026, 5); // June 2026
    expect(weeks[0][0].key).toBe('2026-06-01');
    expect(weeks).toHaveLength(5);
  });
});

describe('cardsByDueDay', () => {
  it('puts each dated card on its local due day, earliest first', () => {
    const card = (id: string, dueAt?: string) => ({ id, dueAt }) as TaskCard;
    const late = new Date(2026, 2, 3, 18).toISOString();
    const early = new Date(2026, 2, 3, 8).toISOString();
    const days = cardsByDueDay([card('late', late), card('none'), card('early', early)]);
    expect([...days.keys()]).toEqual([dayKey(new Date(2026, 2, 3))]);
    expect(days.get('2026-03-03')?.map((one) => one.id)).toEqual(['early', 'late']);
  });
});
