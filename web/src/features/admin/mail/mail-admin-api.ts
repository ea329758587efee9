import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

export type MailDomain = components['schemas']['MailDomain'];
export type PersonMailAddresses = components['schemas']['PersonMailAddresses'];
export type AddAddress = components['schemas']['AddAddress'];
export type MailingList = components['schemas']['MailingList'];
export type WriteMailingList = components['schemas']['WriteMailingList'];
export type SharedMailbox = components['schemas']['SharedMailbox'];
export type CreateSharedMailbox = components['schemas']['CreateSharedMailbox'];
export type MailboxMember = components['schemas']['MailboxMember'];

const KEY = ['mail', 'admin'] as const;

const domainsQuery = queryOptions({
  queryKey: [...KEY, 'domains'],
  queryFn: () => body(api.GET('/api/v1/mail/admin/domains')),
});

export const useMailDomains = () => useQuery(domainsQuery);

/** Domains, lists and shared mailboxes change each other's counts and checks: refetch all of them. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function useAddDomain() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (name: string) => body(api.POST('/api/v1/mail/admin/domains', { body: { name } })),
    onSuccess: invalidate,
  });
}

export function useRemoveDomain() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (name: string) => {
      await body(api.DELETE('/api/v1/mail/admin/domains', { params: { query: { name } } }));
    },
    onSuccess: invalidate,
  });
}

export function useMakeDefaultDomain() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (name: string) => body(api.PUT('/api/v1/mail/admin/default-domain', { body: { name } })),
    onSuccess: invalidate,
  });
}

export function usePersonAddresses(personId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'person', personId],
    queryFn: () =>
      body(
        api.GET('/api/v1/mail/admin/people/{personId}/addresses', {
          params: { path: { personId: personId ?? '' } },
        }),
      ),
    enabled: !!personId,
  });
}

export function useChangePersonAddresses(personId: string) {
  const invalidate = useInvalidate();
  const path = { params: { path: { personId } } };
  return {
    add: useMutation({
      mutationFn: (address: AddAddress) =>
        body(api.POST('/api/v1/mail/admin/people/{personId}/addresses', { ...path, body: address })),
      onSuccess: invalidate,
    }),
    makePrimary: useMutation({
      mutationFn: (address: string) =>
        body(api.PUT('/api/v1/mail/admin/people/{personId}/primary-address', { ...path, body: { address } })),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (address: string) =>
        body(
          api.DELETE('/api/v1/mail/admin/people/{personId}/addresses', {
            params: { path: { personId }, query: { address } },
          }),
        ),
      onSuccess: invalidate,
    }),
  };
}

const listsQuery = queryOptions({
  queryKey: [...KEY, 'lists'],
  queryFn: () => body(api.GET('/api/v1/mail/admin/lists')),
});

export const useMailingLists = () => useQuery(listsQuery);

export function useSaveMailingList() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...list }: WriteMailingList & { id?: string }) =>
      id
        ? body(api.PATCH('/api/v1/mail/admin/lists/{id}', { params: { path: { id } }, body: list }))
        : body(api.POST('/api/v1/mail/admin/lists', { body: list })),
    onSuccess: invalidate,
  });
}

export function useDeleteMailingList() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      await body(api.DELETE('/api/v1/mail/admin/lists/{id}', { params: { path: { id } } }));
    },
    onSuccess: invalidate,
  });
}

const sharedQuery = queryOptions({
  queryKey: [...KEY, 'shared'],
  queryFn: () => body(api.GET('/api/v1/mail/admin/shared-mailboxes')),
});

export const useSharedMailboxes = () => useQuery(sharedQuery);

export function useCreateSharedMailbox() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (mailbox: CreateSharedMailbox) =>
      body(api.POST('/api/v1/mail/admin/shared-mailboxes', { body: mailbox })),
    onSuccess: invalidate,
  });
}

export function useDeleteSharedMailbox() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      await body(api.DELETE('/api/v1/mail/admin/shared-mailboxes/{id}', { params: { path: { id } } }));
    },
    onSuccess: invalidate,
  });
}

export function useReplaceMailboxMembers() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, members }: { id: string; members: MailboxMember[] }) =>
      body(api.PUT('/api/v1/mail/mailboxes/{id}/members', { params: { path: { id } }, body: { members } })),
    onSuccess: invalidate,
  });
}
