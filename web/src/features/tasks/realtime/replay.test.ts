import { describe, expect, it } from 'vitest';
import type { components } from '../../../shared/api/schema';
import type { BoardState } from '../projects/api/types';
import { applyProjectEntry, type ProjectEntry, sortCards, sortSections } from './apply-project-entry';

/**
 * Apply-events-equals-refetch on what the server really sent: the Java integration tests
 * (task-core's BoardStreamTest, ProjectStreamReplayFixtureTest) record a board a viewer fetched (the project and its cards), the
 * project stream's entries their socket then received and a fresh fetch, as __fixtures__; here the
 * entries go through the reducer the product runs (apply-project-entry.ts).
 */

interface Fetched {
  project: components['schemas']['Project'];
  board: components['schemas']['Board'];
}

interface BoardFixture {
  before: Fetched;
  events: ProjectEntry[];
  after: Fetched;
}

const fixtures = import.meta.glob<BoardFixture>('./__fixtures__/*.json', { eager: true, import: 'default' });

/** The board as the screen builds it from the two answers (projects.ts `fetchBoard`). */
function boardOf({ project, board }: Fetched): BoardState {
  const sections = sortSections(project.sections);
  return { lastSeq: Math.min(project.lastSeq, board.lastSeq), sections, cards: sortCards(board.cards, sections) };
}

describe('replaying recorded project streams', () => {
  it('has fixtures to replay', () => {
    expect(Object.keys(fixtures).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(fixtures))('%s leaves the board as a fresh fetch shows it', (_, fixture) => {
    const replayed = fixture.events.reduce<BoardState | undefined>(applyProjectEntry, boardOf(fixture.before));
    const fresh = boardOf(fixture.after);
    expect(replayed?.sections).toEqual(fresh.sections);
    expect(replayed?.cards).toEqual(fresh.cards);
    expect(replayed?.lastSeq).toBe(fixture.after.project.lastSeq);
  });
});
