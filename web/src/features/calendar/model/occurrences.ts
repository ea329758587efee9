import type { DueTask, Occurrence } from '../api/types';
import { addDays, sameDay, startOfDay } from './week';

/** A chip in a day's all-day row or a month cell: an all-day or multi-day occurrence, or a task due. */
export type DayItem = { kind: 'event'; occurrence: Occurrence } | { kind: 'task'; task: DueTask };

/** Whether a timed occurrence belongs in the hours grid: it starts and ends on one day (an end at midnight counts). */
export function inGrid(occurrence: Occurrence): boolean {
  if (occurrence.allDay) return false;
  const start = new Date(occurrence.start);
  const lastMoment = new Date(new Date(occurrence.end).getTime() - 1);
  return sameDay(start, lastMoment);
}

/** Whether an occurrence covers any part of the day (all-day ends are exclusive midnights). */
export function onDay(occurrence: Occurrence, day: Date): boolean {
  const from = startOfDay(day);
  const to = addDays(from, 1);
  return new Date(occurrence.start) < to && new Date(occurrence.end) > from;
}

export const taskOnDay = (task: DueTask, day: Date) => sameDay(new Date(task.dueAt), day);

const byStart = (a: Occurrence, b: Occurrence) =>
  a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || a.eventId.localeCompare(b.eventId);

/** The chips of one day: all-day and multi-day occurrences first, then timed ones (month view), then tasks. */
export function dayItems(occurrences: Occurrence[], tasks: DueTask[], day: Date, withTimed: boolean): DayItem[] {
  const shown = occurrences.filter((occurrence) => onDay(occurrence, day) && (withTimed || !inGrid(occurrence)));
  const spanning = shown.filter((occurrence) => !inGrid(occurrence)).sort(byStart);
  const timed = shown.filter(inGrid).sort(byStart);
  return [
    ...[...spanning, ...timed].map((occurrence): DayItem => ({ kind: 'event', occurrence })),
    ...tasks.filter((task) => taskOnDay(task, day)).map((task): DayItem => ({ kind: 'task', task })),
  ];
}

/** The key an occurrence is told apart by: a recurring event's occurrences share the event id. */
export const occurrenceKey = (occurrence: Occurrence) => `${occurrence.eventId}@${occurrence.occurrence ?? ''}`;
