import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../../shared/api/client';
import { isProblem } from '../../../shared/api/problem';
import type { components } from '../../../shared/api/schema';
import { adoptSavedLocale, type Locale } from '../../../shared/i18n';
import { forgetOfflineCopies } from '../../../shared/lib/offline-copies';

export type Me = components['schemas']['Me'];
export type SignInRequest = components['schemas']['SignInRequest'];

export const ME_KEY = ['me'] as const;

/** Drops everything cached for the previous user, keeping only the (new) me entry. */
function forgetOtherUserData(queryClient: QueryClient) {
  queryClient.removeQueries({
    predicate: (query) => !(query.queryKey.length === 1 && query.queryKey[0] === ME_KEY[0]),
  });
}

/** The signed-in user, or null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ME_KEY,
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await body(api.GET('/api/v1/me'));
      void adoptSavedLocale(me.locale);
      return me;
    } catch (error) {
      if (isProblem(error, 'auth.required')) {
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
  refetchOnWindowFocus: false,
});

export function useMe() {
  return useQuery(meQuery);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SignInRequest) => body(api.POST('/api/v1/auth/sign-in', { body: request })),
    onSuccess: (me) => {
      void adoptSavedLocale(me.locale);
      queryClient.setQueryData(ME_KEY, me);
      forgetOtherUserData(queryClient);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.POST('/api/v1/auth/sign-out'),
    onSettled: () => {
      queryClient.setQueryData(ME_KEY, null);
      forgetOtherUserData(queryClient);
      void forgetOfflineCopies();
    },
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => body(api.PATCH('/api/v1/me/preferences', { body: { locale } })),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
