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
