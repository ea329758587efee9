import type { components } from '../../../shared/api/schema';
import type { TaskCard } from './types';

export type MyTasks = components['schemas']['MyTasks'];
export type MyTaskGroup = components['schemas']['MyTaskGroup'];
export type MyTaskGroupKey = MyTaskGroup['key'];

type Page = MyTaskGroup | undefined;
type Pages = { pages: Page[]; pageParams: unknown[] };

const isMyTasks = (data: unknown): data is MyTasks => typeof data === 'object' && data !== null && 'groups' in data;
const isPages = (data: unknown): data is Pages => typeof data === 'object' && data !== null && 'pages' in data;

/** Every card in a cached My tasks answer: the groups' first pages, or a group's further pages. */
export function myCards(data: unknown): TaskCard[] {
  if (isMyTasks(data)) return data.groups.flatMap((group) => group.cards);
  if (isPages(data)) return data.pages.flatMap((page) => page?.cards ?? []);
  return [];
}

/** A cached My tasks answer with each card passed through `change` (an optimistic update). */
export function mapMyCards(data: unknown, change: (card: TaskCard) => TaskCard): unknown {
  const group = (page: MyTaskGroup): MyTaskGroup => ({ ...page, cards: page.cards.map(change) });
  if (isMyTasks(data)) return { ...data, groups: data.groups.map(group) };
  if (isPages(data)) return { ...data, pages: data.pages.map((page) => page && group(page)) };
  return data;
}
