import { queryOptions } from '@tanstack/react-query';
import { api, body } from './client';

/** Reads of the organisation that several features need (pickers, trees). */
export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: () => body(api.GET('/api/v1/departments')),
});

export interface PeopleFilter {
  q?: string;
  departmentId?: string;
  subtree?: boolean;
  page?: number;
  size?: number;
}

export const peopleQuery = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', filter],
    queryFn: () => body(api.GET('/api/v1/people', { params: { query: filter } })),
  });

/** One person's profile; features show names and avatars from it. */
export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['people', 'profile', id],
    queryFn: () => body(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60_000,
  });

/** The company's groups, under the org feature's key: pickers that may name a group read it. */
export const groupsQuery = queryOptions({
  queryKey: ['groups'],
  queryFn: () => body(api.GET('/api/v1/groups')),
  staleTime: 60_000,
});
