/** The parts of a card My tasks lays out by day. */
export interface Dated {
  id: string;
  dueAt?: string | null;
}

/** Days since 1970-01-01 of the local calendar day a moment falls on in the browser's zone. */
export function localDayNumber(moment: Date): number {
  return Math.round(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / 86_400_000);
}

/** The due moment of a card in a dated group (which holds only cards with one). */
const dueOf = (card: Dated) => new Date(card.dueAt ?? 0);

/**
 * The upcoming cards by their local day, in the server's order (soonest first), a day per run
 * (the list's "Tomorrow", "Fri 18 Dec" headings).
 */
export function byDay<C extends Dated>(cards: C[]): { day: number; cards: C[] }[] {
  const days: { day: number; cards: C[] }[] = [];
  for (const card of cards) {
    const day = localDayNumber(dueOf(card));
    const last = days[days.length - 1];
    if (last?.day === day) last.cards.push(card);
    else days.push({ day, cards: [card] });
  }
  return days;
}

/**
 * A group's first page followed by the pages "show more" brought, each card once: a card that
 * moved up a page between two fetches shows where it is first met.
 */
export function joinPages<C extends Dated>(first: C[], more: C[][]): C[] {
  const seen = new Set<string>();
  const joined: C[] = [];
  for (const card of [first, ...more].flat()) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    joined.push(card);
  }
  return joined;
}
