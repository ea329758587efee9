import { describe, expect, it } from 'vitest';
import type { BoardState, Section, TaskCard } from '../projects/api/types';
import { applyProjectEntry, type ProjectEntry, type TaskStreamEvent } from './apply-project-entry';

const PROJECT = 'p1';
const todo: Section = { id: 's1', name: 'To do', position: 0 };
const doing: Section = { id: 's2', name: 'Doing', position: 1 };

function card(id: string, sectionId: string, rank: string, change: Partial<TaskCard> = {}): TaskCard {
  return {
    id,
    projectId: PROJECT,
    sectionId,
    rank,
    title: id,
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

const board: BoardState = {
  lastSeq: 10,
  sections: [todo, doing],
  cards: [card('a', 's1', 'V'), card('b', 's1', 'k'), card('c', 's2', 'V')],
};
const entry = (seq: number, event: TaskStreamEvent): ProjectEntry => ({ resourceId: PROJECT, seq, event });
const ids = (state?: BoardState) => state?.cards.map((one) => `${one.sectionId}:${one.id}`);

describe('applyProjectEntry', () => {
  it('moves a card to its place by section position, then rank', () => {
    const next = applyProjectEntry(board, entry(11, { kind: 'task.upserted', card: card('a', 's2', '0') }));
    expect(ids(next)).toEqual(['s1:b', 's2:a', 's2:c']);
    expect(next?.lastSeq).toBe(11);
  });

  it('adds a new card and removes a deleted one', () => {
    const added = applyProjectEntry(board, entry(11, { kind: 'task.upserted', card: card('d', 's1', 'z') }));
    const removed = applyProjectEntry(added, entry(12, { kind: 'task.removed', taskId: 'b' }));
    expect(ids(removed)).toEqual(['s1:a', 's1:d', 's2:c']);
  });

  it('drops a card that became a subtask or went to another project', () => {
    const subtask = applyProjectEntry(
      board,
      entry(11, { kind: 'task.upserted', card: card('a', 's1', 'V', { parentId: 'b' }) }),
    );
    const elsewhere = applyProjectEntry(
      subtask,
      entry(12, { kind: 'task.upserted', card: card('b', 's9', 'V', { projectId: 'p2' }) }),
    );
    expect(ids(elsewhere)).toEqual(['s2:c']);
  });

  it('reorders the cards when sections swap places', () => {
    const moved = applyProjectEntry(board, entry(11, { kind: 'section.upserted', section: { ...doing, position: 0 } }));
    const swapped = applyProjectEntry(
      moved,
      entry(12, { kind: 'section.upserted', section: { ...todo, position: 1 } }),
    );
    expect(swapped?.sections.map((section) => section.id)).toEqual(['s2', 's1']);
    expect(ids(swapped)).toEqual(['s2:c', 's1:a', 's1:b']);
  });

  it('moves the cards of a removed section to where they went', () => {
    const next = applyProjectEntry(board, entry(11, { kind: 'section.removed', sectionId: 's1', movedTo: 's2' }));
    expect(next?.sections).toEqual([doing]);
    expect(next?.cards.every((one) => one.sectionId === 's2')).toBe(true);
  });

  it('ignores an entry the board already holds', () => {
    expect(applyProjectEntry(board, entry(10, { kind: 'task.removed', taskId: 'a' }))).toBe(board);
  });

  it('only moves the stream on for a change of settings', () => {
    const next = applyProjectEntry(board, entry(11, { kind: 'project.updated', projectId: PROJECT }));
    expect(next).toEqual({ ...board, lastSeq: 11 });
  });

  it('gives the same order whichever of two concurrent moves it hears first, once both are in', () => {
    const first = entry(11, { kind: 'task.upserted', card: card('a', 's2', 'W') });
    const second = entry(12, { kind: 'task.upserted', card: card('c', 's2', 'X') });
    const refetch = applyProjectEntry(applyProjectEntry(board, first), second);
    expect(ids(refetch)).toEqual(['s1:b', 's2:a', 's2:c']);
  });
});
