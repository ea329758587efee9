import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';
import { taskKeys } from './tasks';

type SearchResults = components['schemas']['SearchResults'];

/** A task found by what was typed: its id, its title and the project it is in. */
export interface FoundTask {
  id: string;
  title: string;
  projectName?: string;
}

/** The hits as tasks, without those in `left` (the task itself, its subtasks, what it waits for already). */
export function foundTasks(results: SearchResults, left: ReadonlySet<string>): FoundTask[] {
  return results.groups
    .filter((group) => group.kind === 'task')
    .flatMap((group) => group.hits)
    .filter((hit) => !left.has(hit.id))
    .map((hit) => ({
      id: hit.id,
      title: hit.title.map((segment) => segment.text).join(''),
      projectName: hit.containerName,
    }));
}

/**
 * Tasks the person may see matching what they typed, from Atrium's one search (kind `task`): it
 * decides who sees what, and matches the start of a title's words in either language, so a task shows
 * up while its title is being typed. Quotes are dropped, as a half-typed phrase would be refused.
 */
export const taskSearchQuery = (typed: string) => {
  const q = typed.replaceAll('"', ' ').trim();
  return queryOptions({
    queryKey: [...taskKeys.all, 'search', q] as const,
    queryFn: () => body(api.GET('/api/v1/search', { params: { query: { q, kind: 'task', size: 20 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
};
