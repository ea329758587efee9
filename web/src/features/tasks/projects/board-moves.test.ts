import { describe, expect, it } from 'vitest';
import type { BoardState, TaskCard } from './api/types';
import { applyMove, moveTarget, reorderSections } from './board-moves';

const card = (id: string, sectionId: string, rank: string) => ({ id, sectionId, rank, projectId: 'p' }) as TaskCard;
const board: BoardState = {
  lastSeq: 1,
  sections: [
    { id: 's1', name: 'To do', position: 0 },
    { id: 's2', name: 'Done', position: 1 },
  ],
  cards: [card('a', 's1', 'F'), card('b', 's1', 'V'), card('c', 's2', 'F'), card('d', 's2', 'k')],
};

describe('moveTarget', () => {
  const column = board.cards.filter((one) => one.sectionId === 's2');

  it('names the neighbours where the card was dropped', () => {
    expect(moveTarget(column, 'a', 's2', 1)).toEqual({ sectionId: 's2', beforeId: 'c', afterId: 'd' });
    expect(moveTarget(column, 'a', 's2', 0)).toEqual({ sectionId: 's2', beforeId: undefined, afterId: 'c' });
    expect(moveTarget(column, 'a', 's2', 2)).toEqual({ sectionId: 's2', beforeId: 'd', afterId: undefined });
  });

  it('leaves the dragged card out of its own column', () => {
    const own = board.cards.filter((one) => one.sectionId === 's1');
    expect(moveTarget(own, 'a', 's1', 1)).toEqual({ sectionId: 's1', beforeId: 'b', afterId: undefined });
  });
});

describe('applyMove', () => {
  it('shows the card between its new neighbours at once', () => {
    const moved = applyMove(board, 'a', { sectionId: 's2', beforeId: 'c', afterId: 'd' });
    expect(moved.cards.map((one) => one.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(moved.cards.find((one) => one.id === 'a')?.sectionId).toBe('s2');
  });

  it('puts a card at the end of an empty or unnamed place', () => {
    const moved = applyMove(board, 'b', { sectionId: 's2' });
    expect(moved.cards.map((one) => one.id)).toEqual(['a', 'c', 'd', 'b']);
  });
});

describe('reorderSections', () => {
  it('renumbers the positions from 0', () => {
    expect(reorderSections(board.sections, 1, 0)).toEqual([
      { id: 's2', name: 'Done', position: 0 },
      { id: 's1', name: 'To do', position: 1 },
    ]);
  });
});
