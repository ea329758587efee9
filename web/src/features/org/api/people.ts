import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { departmentsQuery, type PeopleFilter, peopleQuery, personQuery } from '../../../shared/api/org-queries';
import type { components } from '../../../shared/api/schema';

export type PersonSummary = components['schemas']['PersonSummary'];
export type PersonProfile = components['schemas']['PersonProfile'];
export type CreatePersonRequest = components['schemas']['CreatePerson'];
export type UpdatePersonRequest = components['schemas']['UpdatePerson'];
export type UpdateOwnProfileRequest = components['schemas']['UpdateOwnProfile'];
export type MembershipRequest = components['schemas']['SecondaryMembership'];

export { personQuery };

export function usePeople(filter: PeopleFilter, enabled = true) {
  return useQuery({ ...peopleQuery(filter), enabled, placeholderData: (previous) => previous });
}

export function usePerson(id: string | undefined) {
  return useQuery({ ...personQuery(id ?? ''), enabled: id !== undefined });
}

/** Every people change can move counts and lists, so all people and department reads are refreshed. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: departmentsQuery.queryKey }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    // The server creates the account without a usable password; resetting it at once gives the one-time
    // password the administrator hands over. If that second call fails the person still exists.
    mutationFn: async (request: CreatePersonRequest): Promise<{ person: PersonProfile; initialPassword?: string }> => {
      const person = await body(api.POST('/api/v1/people', { body: request }));
      const reset = await body(
        api.POST('/api/v1/people/{id}/reset-password', { params: { path: { id: person.id } } }),
      ).catch(() => undefined);
      return { person, initialPassword: reset?.temporaryPassword };
    },
    onSuccess: invalidate,
  });
}

export function useUpdatePerson(id: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (request: UpdatePersonRequest) =>
      body(api.PATCH('/api/v1/people/{id}', { params: { path: { id } }, body: request })),
    onSuccess: invalidate,
  });
}

export function useSetMemberships(id: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (memberships: MembershipRequest[]) =>
      body(api.PUT('/api/v1/people/{id}/memberships', { params: { path: { id } }, body: memberships })),
    onSuccess: invalidate,
  });
}

export function useSuspension(id: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (suspend: boolean) =>
      body(
        api.POST(suspend ? '/api/v1/people/{id}/suspend' : '/api/v1/people/{id}/reactivate', {
          params: { path: { id } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useResetPassword(id: string) {
  return useMutation({
    mutationFn: () => body(api.POST('/api/v1/people/{id}/reset-password', { params: { path: { id } } })),
  });
}

export function useUpdateOwnProfile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateOwnProfileRequest) => body(api.PATCH('/api/v1/me/profile', { body: request })),
    onSuccess: (profile) => {
      queryClient.setQueryData(personQuery(id).queryKey, profile);
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
