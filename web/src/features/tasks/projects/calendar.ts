import type { TaskCard } from './api/types';

/** A day of the month grid: its local date as `YYYY-MM-DD`, and whether it lies in the month shown. */
export interface GridDay {
  key: string;
  date: Date;
  inMonth: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A local date's key, `YYYY-MM-DD`. */
export const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * The weeks that show a month, Monday first (as calendars in China and most of Europe start them):
 * from the Monday on or before the 1st to the Sunday on or after its last day.
 */
export function monthGrid(year: number, month: number): GridDay[][] {
  const first = new Date(year, month, 1);
  const start = new Date(year, month, 1 - ((first.getDay() + 6) % 7));
  const weeks: GridDay[][] = [];
  for (let cursor = start; weeks.length === 0 || cursor.getMonth() === month;) {
    const week: GridDay[] = [];
    for (let day = 0; day < 7; day++) {
      week.push({ key: dayKey(cursor), date: cursor, inMonth: cursor.getMonth() === month });
      cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The cards with a due date, by their due day in this browser's zone; each day's in due-time order. */
export function cardsByDueDay(cards: TaskCard[]): Map<string, TaskCard[]> {
  const days = new Map<string, TaskCard[]>();
  cards
    .filter((card) => card.dueAt)
    .sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''))
    .forEach((card) => {
      const key = dayKey(new Date(card.dueAt ?? ''));
      days.set(key, [...(days.get(key) ?? []), card]);
    });
  return days;
}
