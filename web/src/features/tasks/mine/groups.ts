/** The parts of a card My tasks sorts and groups by. */
export interface Dated {
  id: string;
  state: 'OPEN' | 'DONE';
  dueAt?: string | null;
  allDay: boolean;
  updatedAt: string;
}

export type GroupKey = 'overdue' | 'today' | 'upcoming' | 'none' | 'done';
export const GROUP_ORDER: GroupKey[] = ['overdue', 'today', 'upcoming', 'none', 'done'];

/** Days since 1970-01-01 of the local calendar day a moment falls on in the browser's zone. */
export function localDayNumber(moment: Date): number {
  return Math.round(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()) / 86_400_000);
}

/**
 * Which group an open card belongs in, in the browser's time zone: a timed task is overdue from its
 * due moment, an all-day one from the day after its date.
 */
export function groupOf(card: Dated, now: Date): GroupKey {
  if (card.state === 'DONE') return 'done';
  if (!card.dueAt) return 'none';
  const due = new Date(card.dueAt);
  const day = localDayNumber(due);
  const today = localDayNumber(now);
  if (card.allDay ? day < today : due.getTime() < now.getTime()) return 'overdue';
  return day === today ? 'today' : 'upcoming';
}

export interface Group<C> {
  key: GroupKey;
  cards: C[];
}

/** The due moment of a card in a dated group (which holds only cards with one). */
const dueOf = (card: Dated) => new Date(card.dueAt ?? 0);

const byDue = (a: Dated, b: Dated) =>
  // within a day an all-day task comes first: it is "sometime today", timed ones follow in order
  localDayNumber(dueOf(a)) - localDayNumber(dueOf(b)) ||
  Number(b.allDay) - Number(a.allDay) ||
  dueOf(a).getTime() - dueOf(b).getTime();
const byNewest = (a: Dated, b: Dated) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * My tasks in their groups, empty groups left out: dated groups soonest first, the undated and
 * the done ones most recently changed first. A card in both lists (completed a moment ago) counts once.
 */
export function groupMyTasks<C extends Dated>(open: C[], done: C[], now: Date): Group<C>[] {
  const seen = new Set<string>();
  const groups: Record<GroupKey, C[]> = { overdue: [], today: [], upcoming: [], none: [], done: [] };
  for (const card of [...open, ...done]) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    groups[groupOf(card, now)].push(card);
  }
  return GROUP_ORDER.map((key) => {
    const cards = groups[key];
    cards.sort(key === 'none' || key === 'done' ? byNewest : byDue);
    return { key, cards };
  }).filter((group) => group.cards.length > 0);
}

/** The upcoming cards by their local day, soonest day first (the list's "Tomorrow", "Fri 18 Dec" headings). */
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
