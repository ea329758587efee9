import type { DueFilter, TaskCard, TaskFilter } from './api/types';

const DAY = 24 * 60 * 60 * 1000;

/** The start of `now`'s day in this browser's zone. */
function startOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** Whether a card's due date is in the bucket, as the server's board filter reads it in my zone. */
export function dueMatches(card: TaskCard, due: DueFilter, now: Date): boolean {
  if (due === 'NONE') return !card.dueAt;
  if (!card.dueAt) return false;
  const at = Date.parse(card.dueAt);
  if (due === 'OVERDUE') return card.state === 'OPEN' && at < now.getTime();
  const from = startOfDay(now);
  return at >= from && at < from + (due === 'TODAY' ? 1 : 7) * DAY;
}

/**
 * Whether the board keeps a card under the filter, by the server's rules (`TaskFilter`): every part
 * given applies; several assignees, priorities or tags keep a card matching any of them. The board
 * filters what it holds rather than asking again, so live entries land in one list whatever the filter.
 */
export function matchesFilter(card: TaskCard, filter: TaskFilter, now: Date): boolean {
  const { assigneeIds, due, priorities, tags, state } = filter;
  if (assigneeIds?.length && !card.assignees.some((person) => assigneeIds.includes(person.id))) return false;
  if (due && !dueMatches(card, due, now)) return false;
  if (priorities?.length && !priorities.includes(card.priority)) return false;
  if (tags?.length && !card.tags.some((tag) => tags.includes(tag))) return false;
  return !state || card.state === state;
}

/** The filter without its empty parts: what is saved, compared and sent. */
export function compactFilter(filter: TaskFilter): TaskFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0)),
  ) as TaskFilter;
}

export const isEmptyFilter = (filter: TaskFilter) => Object.keys(compactFilter(filter)).length === 0;

export const sameFilter = (a: TaskFilter, b: TaskFilter) =>
  JSON.stringify(compactFilter(a), Object.keys(compactFilter(a)).sort()) ===
  JSON.stringify(compactFilter(b), Object.keys(compactFilter(b)).sort());
