import type { components } from '../../../shared/api/schema';
import type { BoardState, Section, TaskCard } from '../projects/api/types';

/** What a project's stream carries, generated from the server's event records (`task.TaskStreamEvent`). */
export type TaskStreamEvent = components['schemas']['TaskStreamEvent'];

/** One entry of a project's stream (`resourceId` is the project). */
export interface ProjectEntry {
  resourceId: string;
  seq: number;
  event: TaskStreamEvent;
}

/** Compares as the server's collation "C" does: by UTF-16 code unit, which is byte order for base-62 keys. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The board's order as the server's query gives it (`order by sec.position, t.rank, t.id`): by
 * section position (a card without a section last, as SQL sorts nulls), then rank, then id.
 */
export function sortCards(cards: TaskCard[], sections: Section[]): TaskCard[] {
  const position = new Map(sections.map((section) => [section.id, section.position]));
  const at = (card: TaskCard) => (card.sectionId ? position.get(card.sectionId) : undefined) ?? Number.MAX_SAFE_INTEGER;
  return [...cards].sort((a, b) => at(a) - at(b) || byCodeUnit(a.rank, b.rank) || byCodeUnit(a.id, b.id));
}

export const sortSections = (sections: Section[]) =>
  [...sections].sort((a, b) => a.position - b.position || byCodeUnit(a.id, b.id));

function replace<T extends { id: string }>(items: T[], item: T): T[] {
  return items.some((other) => other.id === item.id)
    ? items.map((other) => (other.id === item.id ? item : other))
    : [...items, item];
}

/** Whether a card belongs on this project's board: top-level tasks of this project only. */
const onBoard = (card: TaskCard, projectId: string) => card.projectId === projectId && !card.parentId;

/**
 * Applies one entry of a project's stream to its board: each event carries the whole card or section
 * as it now is, so applying replaces by id, and the order is recomputed as the server orders a
 * refetch. An entry at or before the board's `lastSeq` is already in it and changes nothing.
 * `project.updated` only moves the stream on: the caller refetches the project.
 */
export function applyProjectEntry(board: BoardState | undefined, entry: ProjectEntry): BoardState | undefined {
  if (!board || entry.seq <= board.lastSeq) return board;
  const { event } = entry;
  let { sections, cards } = board;
  switch (event.kind) {
    case 'task.upserted':
      cards = onBoard(event.card, entry.resourceId)
        ? replace(cards, event.card)
        : cards.filter((card) => card.id !== event.card.id);
      break;
    case 'task.removed':
      cards = cards.filter((card) => card.id !== event.taskId);
      break;
    case 'section.upserted':
      sections = sortSections(replace(sections, event.section));
      break;
    case 'section.removed':
      sections = sections.filter((section) => section.id !== event.sectionId);
      // the moved cards follow as their own upserts; until then they wait in the section they go to
      cards = cards.flatMap((card) =>
        card.sectionId !== event.sectionId ? [card] : event.movedTo ? [{ ...card, sectionId: event.movedTo }] : [],
      );
      break;
    case 'project.updated':
      break;
  }
  return { lastSeq: entry.seq, sections, cards: sortCards(cards, sections) };
}
