import { describe, expect, it } from 'vitest';
import type { TaskCard } from './api/types';
import { compactFilter, dueMatches, isEmptyFilter, matchesFilter, sameFilter } from './filter';

const now = new Date(2026, 2, 11, 15, 0); // Wednesday 11 March 2026, 15:00 local
const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).toISOString();

function card(change: Partial<TaskCard>): TaskCard {
  return {
    id: 't',
    projectId: 'p',
    sectionId: 's',
    rank: 'V',
    title: 't',
    state: 'OPEN',
    priority: 'NONE',
    allDay: false,
    tags: [],
    assignees: [],
    subtaskCount: 0,
    subtasksDone: 0,
    checklistCount: 0,
    checklistDone: 0,
    commentCount: 0,
    blocked: false,
    updatedAt: '2026-01-01T00:00:00Z',
    ...change,
  };
}

describe('dueMatches', () => {
  it('counts open tasks due before now as overdue, done ones not', () => {
    expect(dueMatches(card({ dueAt: at(11, 9) }), 'OVERDUE', now)).toBe(true);
    expect(dueMatches(card({ dueAt: at(11, 9), state: 'DONE' }), 'OVERDUE', now)).toBe(false);
    expect(dueMatches(card({ dueAt: at(11, 18) }), 'OVERDUE', now)).toBe(false);
  });

  it('reads today and the next seven days from the start of today', () => {
    expect(dueMatches(card({ dueAt: at(11, 0) }), 'TODAY', now)).toBe(true);
    expect(dueMatches(card({ dueAt: at(12, 0) }), 'TODAY', now)).toBe(false);
    expect(dueMatches(card({ dueAt: at(17, 23) }), 'WEEK', now)).toBe(true);
    expect(dueMatches(card({ dueAt: at(18, 0) }), 'WEEK', now)).toBe(false);
    expect(dueMatches(card({ dueAt: at(10, 23) }), 'WEEK', now)).toBe(false);
  });

  it('keeps only undated tasks for no date', () => {
    expect(dueMatches(card({}), 'NONE', now)).toBe(true);
    expect(dueMatches(card({ dueAt: at(11) }), 'NONE', now)).toBe(false);
  });
});

describe('matchesFilter', () => {
  const ann = { id: 'ann', name: 'Ann', avatarColor: '#000' };
  const bob = { id: 'bob', name: 'Bob', avatarColor: '#000' };
  const task = card({ assignees: [ann], priority: 'HIGH', tags: ['web'], dueAt: at(12) });

  it('keeps everything without a filter', () => {
    expect(matchesFilter(task, {}, now)).toBe(true);
  });

  it('keeps a task matching any of several values and all of the parts', () => {
    expect(matchesFilter(task, { assigneeIds: ['bob', 'ann'], priorities: ['HIGH', 'URGENT'] }, now)).toBe(true);
    expect(matchesFilter(task, { assigneeIds: ['ann'], tags: ['api'] }, now)).toBe(false);
    expect(matchesFilter(card({ assignees: [bob] }), { assigneeIds: ['ann'] }, now)).toBe(false);
    expect(matchesFilter(task, { due: 'WEEK', tags: ['web', 'api'] }, now)).toBe(true);
    expect(matchesFilter(task, { state: 'DONE' }, now)).toBe(false);
  });
});

describe('saved filters', () => {
  it('leave out empty parts and compare regardless of order', () => {
    expect(compactFilter({ assigneeIds: [], due: undefined, tags: ['a'] })).toEqual({ tags: ['a'] });
    expect(isEmptyFilter({ assigneeIds: [], priorities: [] })).toBe(true);
    expect(sameFilter({ tags: ['a'], due: 'TODAY' }, { due: 'TODAY', tags: ['a'], assigneeIds: [] })).toBe(true);
    expect(sameFilter({ tags: ['a'] }, { tags: ['b'] })).toBe(false);
  });
});
