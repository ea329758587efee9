import { sortCards } from '../realtime/apply-project-entry';
import type { BoardState, Section, TaskCard } from './api/types';
import { rankBetween } from './rank';

/** Where a dropped card goes (`POST /tasks/{id}/move`): just below `beforeId`, above `afterId`. */
export interface MoveTarget {
  sectionId: string;
  beforeId?: string;
  afterId?: string;
}

/**
 * The move that puts `cardId` at `index` of the cards `column` shows (what the person sees, which
 * a filter may have thinned; the card itself left out): between its neighbours there, by id.
 */
export function moveTarget(column: TaskCard[], cardId: string, sectionId: string, index: number): MoveTarget {
  const others = column.filter((card) => card.id !== cardId);
  const at = Math.max(0, Math.min(index, others.length));
  return { sectionId, beforeId: others[at - 1]?.id, afterId: others[at]?.id };
}

/**
 * The board as it will be once the server has made the move: the card in its new section with a
 * rank between its neighbours' (the server's own rank replaces it when its `task.upserted` comes).
 */
export function applyMove(board: BoardState, cardId: string, target: MoveTarget): BoardState {
  const card = board.cards.find((candidate) => candidate.id === cardId);
  if (!card) return board;
  const rankOf = (id?: string) => board.cards.find((candidate) => candidate.id === id)?.rank;
  // neither neighbour named: the end of the section, as the server places it
  const last = board.cards.filter((other) => other.sectionId === target.sectionId && other.id !== cardId).at(-1);
  const before = target.beforeId || target.afterId ? rankOf(target.beforeId) : last?.rank;
  const after = rankOf(target.afterId);
  const rank = before !== undefined && after !== undefined && before >= after ? before : rankBetween(before, after);
  const moved = { ...card, sectionId: target.sectionId, rank };
  return {
    ...board,
    cards: sortCards(
      board.cards.map((candidate) => (candidate.id === cardId ? moved : candidate)),
      board.sections,
    ),
  };
}

/** The sections in their new order after moving the one at `from` to `to`, positions renumbered from 0. */
export function reorderSections(sections: Section[], from: number, to: number): Section[] {
  const next = [...sections];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next.map((section, position) => ({ ...section, position }));
}
